import type { z } from "zod";
import { ApiError } from "./errors.ts";

export const MAX_BODY_BYTES = 64 * 1024;

/** Reads at most MAX_BODY_BYTES, whatever Content-Length claims, so a chunked upload cannot exhaust memory. */
export async function readBody(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

function tooLarge(): ApiError {
  return new ApiError("request_too_large", `Request bodies are limited to ${MAX_BODY_BYTES / 1024} KB.`);
}

/** Parses a JSON body against a schema; the first problem is reported with its path. */
export async function readJson<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  const text = await readBody(request);
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
