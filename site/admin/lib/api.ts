import { DecodeError, fields } from "./decode.ts";

export class ApiError extends Error {
  override name = "ApiError";
  readonly status: number;
  readonly code: string;
  readonly requestId: string | null;

  constructor(status: number, code: string, message: string, requestId: string | null = null) {
    super(message);
    this.status = status;
    this.code = code;
    this.requestId = requestId;
  }
}

// Any 401 means the session cookie is gone (expired, revoked, signed out in
// another tab); App listens for this and drops back to the sign-in form.
export const UNAUTHORIZED_EVENT = "parley:unauthorized";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

interface Options {
  body?: unknown;
  signal?: AbortSignal;
}

function errorFrom(status: number, payload: unknown): ApiError {
  try {
    const list = fields(payload);
    const first = list.list("errors", (e) => ({ code: e.str("code"), message: e.str("message") }))[0];
    if (first) return new ApiError(status, first.code, first.message, list.optStr("request_id"));
  } catch (err) {
    if (!(err instanceof DecodeError)) throw err;
  }
  return new ApiError(status, "http_error", `The server answered with an unexpected error (HTTP ${status}).`);
}

async function call(method: Method, url: string, options: Options): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: "same-origin",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") throw err;
    throw new ApiError(0, "network_error", "Could not reach the server. Check your connection and try again.");
  }
  if (response.ok) return response;
  const payload: unknown = await response.json().catch(() => null);
  if (response.status === 401) window.dispatchEvent(new Event(UNAUTHORIZED_EVENT));
  throw errorFrom(response.status, payload);
}

export async function request<T>(
  method: Method,
  url: string,
  parse: (payload: unknown) => T,
  options: Options = {},
): Promise<T> {
  const response = await call(method, url, options);
  const payload: unknown = await response.json();
  try {
    return parse(payload);
  } catch (err) {
    if (err instanceof DecodeError) {
      console.error(`Unexpected response from ${method} ${url}:`, err.message);
      const message = "The server sent a response this page does not understand.";
      throw new ApiError(response.status, "invalid_response", message);
    }
    throw err;
  }
}

// 204 answers have no body, so there is nothing to parse or validate.
export async function send(method: Method, url: string, options: Options = {}): Promise<void> {
  await call(method, url, options);
}

export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === "AbortError";
}

export function messageOf(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return "Something went wrong. Please try again.";
}

// The Worker's router answers routes it does not know with this generic 404; a 404 about a
// specific resource names it instead ("Conversation Not Found").
export function isMissingEndpoint(err: unknown): boolean {
  return err instanceof ApiError && err.status === 404 && err.message === "Resource Not Found";
}
