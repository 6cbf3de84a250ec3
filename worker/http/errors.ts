import { API_ERROR_CODES, type ApiErrorCode, type ErrorList } from "../../shared/api-types.ts";
import { AttributeLimitError } from "../db/customAttributes.ts";
import { isOverloaded, overloadedResponse } from "./overloaded.ts";

/** A failure the client caused or may see; anything else becomes a generic 500. */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.status = API_ERROR_CODES[code];
  }
}

export function errorResponse(requestId: string, error: ApiError): Response {
  const body = {
    type: "error.list",
    request_id: requestId,
    errors: [{ code: error.code, message: error.message }],
  } satisfies ErrorList;
  return Response.json(body, { status: error.status, headers: error.headers });
}

export function toErrorResponse(requestId: string, error: unknown, context: Record<string, unknown>): Response {
  if (error instanceof ApiError) return errorResponse(requestId, error);
  if (error instanceof AttributeLimitError) return errorResponse(requestId, new ApiError("parameter_invalid", error.message));
  if (isOverloaded(error)) return overloadedResponse(requestId);
  console.error(JSON.stringify({ level: "error", request_id: requestId, ...context, error: describe(error) }));
  return errorResponse(requestId, new ApiError("server_error", "Something went wrong on our side. Try again later."));
}

/**
 * What a log line may say about the request: the method and the route's pattern
 * (`/api/contacts/:id`), never the path's values or its query, which hold ids, emails, search
 * terms and unsubscribe tokens.
 */
export function requestLogFields(request: { method: string; url: string; route?: string }): { method: string; route: string } {
  return { method: request.method, route: request.route ?? "(no route)" };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
}

export function notFound(what: string): ApiError {
  return new ApiError("not_found", `${what} Not Found`);
}
