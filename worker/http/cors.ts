import type { Handler } from "../http/context.ts";
import { toErrorResponse } from "../http/errors.ts";

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

export const TOKEN_PROTOCOL_PREFIX = "parley-token.";

/** Browsers cannot set headers on a WebSocket, so the token rides as an offered subprotocol. */
export function visitorTokenOf(request: Request): string | null {
  const auth = request.headers.get("authorization");
  if (auth?.toLowerCase().startsWith("bearer ")) return auth.slice(7).trim() || null;
  const offered = (request.headers.get("sec-websocket-protocol") ?? "").split(",").map((p) => p.trim());
  const carried = offered.find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX));
  return carried ? carried.slice(TOKEN_PROTOCOL_PREFIX.length) : null;
}

/** Errors too must carry CORS headers, or the host page's script cannot read them. */
export const corsRoute =
  (handler: Handler): Handler =>
  async (request, c) => {
    try {
      return withCors(await handler(request, c));
    } catch (error) {
      return withCors(toErrorResponse(c.requestId, error, { method: request.method, path: new URL(request.url).pathname }));
    }
  };
