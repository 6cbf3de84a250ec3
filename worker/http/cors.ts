import type { Handler } from "./context.ts";
import { requestLogFields, toErrorResponse } from "./errors.ts";

// The messenger runs on customers' sites, so its endpoints answer any origin. They never use
// cookies (the visitor token travels in a header), so allowing every origin exposes nothing.
export const CORS_HEADERS: Record<string, string> = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-allow-headers": "authorization, content-type",
  "access-control-max-age": "86400",
};

export function withCors(response: Response): Response {
  if (response.status === 101) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(CORS_HEADERS)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** Errors too must carry CORS headers, or the host page's script cannot read them. */
export const corsRoute =
  (handler: Handler): Handler =>
  async (request, c) => {
    try {
      return withCors(await handler(request, c));
    } catch (error) {
      return withCors(toErrorResponse(c.requestId, error, requestLogFields(request)));
    }
  };
