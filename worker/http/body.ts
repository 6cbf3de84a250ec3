import type { z } from "zod";
import { ApiError } from "./errors.ts";

export const MAX_BODY_BYTES = 64 * 1024;

/** Reads at most `limit` bytes, whatever Content-Length claims, so a chunked upload cannot exhaust memory. */
export async function readBody(request: Request, limit = MAX_BODY_BYTES): Promise<string> {
  return new TextDecoder().decode(await readBytes(request, limit));
}

/** The raw body, refused with 413 past `limit` bytes (a route that takes files raises its own limit). */
export async function readBytes(request: Request, limit = MAX_BODY_BYTES): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

function tooLarge(limit: number): ApiError {
  return new ApiError("request_too_large", limit >= 1024 * 1024 ? `Request bodies are limited to ${limit / 1024 / 1024} MB.` : `Request bodies are limited to ${limit / 1024} KB.`);
}

/** Parses a JSON body against a schema; the first problem is reported with its path. */
export async function readJson<T>(request: Request, schema: z.ZodType<T>, limit = MAX_BODY_BYTES): Promise<T> {
  const text = await readBody(request, limit);
  let data: unknown;
  try {
    data = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new ApiError("parameter_invalid", "The request body is not valid JSON.");
  }
  return parseWith(schema, data);
}

export function parseWith<T>(schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new ApiError("parameter_invalid", "The request is invalid.");
  const where = issue.path.join(".");
  if (issue.path.length > 0 && valueAt(data, issue.path) === undefined) {
    throw new ApiError("parameter_not_found", `${where} is required.`);
  }
  throw new ApiError("parameter_invalid", where ? `${where}: ${issue.message}` : issue.message);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = data;
  for (const key of path) {
    if (typeof here !== "object" || here === null) return undefined;
    here = Reflect.get(here, key);
  }
  return here;
}
