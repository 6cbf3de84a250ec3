import { DurableObject } from "cloudflare:workers";
import type { ErrorList } from "../../shared/api-types.ts";
import { SUBPROTOCOL } from "../../shared/protocol.ts";
import { mayOpenSocket } from "./socketLimits.ts";

export { mayOpenSocket };

/**
 * The socket plumbing every Durable Object here shares: pings answered by the runtime without
 * waking the object, sends that tolerate a socket closing meanwhile, and an echoed close.
 */
export abstract class SocketObject<E> extends DurableObject<E> {
  constructor(ctx: DurableObjectState, env: E) {
    super(ctx, env);
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair('{"type":"ping"}', '{"type":"pong"}'));
  }

  /** Accepts a hibernatable socket and answers the upgrade; `tags` let `getWebSockets(tag)` find it. */
  protected acceptSocket(request: Request, tags: string[], setup: (server: WebSocket) => void): Response {
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1], tags);
    setup(pair[1]);
    return new Response(null, { status: 101, webSocket: pair[0], headers: acceptedProtocol(request) });
  }

  protected sendText(ws: WebSocket, text: string): void {
    try {
      ws.send(text);
    } catch {
      // The socket closed meanwhile; the runtime drops it and its close handler runs.
    }
  }

  /** Sends one text to every socket with this tag (every socket without one); returns how many. */
  protected broadcastText(text: string, tag?: string): number {
    let sent = 0;
    for (const ws of this.ctx.getWebSockets(tag)) {
      this.sendText(ws, text);
      sent++;
    }
    return sent;
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    ws.close(code === 1005 ? 1000 : code, reason);
  }
}

/** The one JSON error shape, for an upgrade refused because the person holds too many sockets. */
export function tooManySockets(): Response {
  const body = { type: "error.list", request_id: "", errors: [{ code: "rate_limit_exceeded", message: "Too many open connections; close another tab first." }] } satisfies ErrorList;
  return Response.json(body, { status: 429, headers: { "retry-after": "30" } });
}

/** Echo our subprotocol only when the client offered it: browsers fail a socket on an unoffered one. */
export function acceptedProtocol(request: Request): Record<string, string> {
  const offered = (request.headers.get("sec-websocket-protocol") ?? "").split(",").map((p) => p.trim());
  return offered.includes(SUBPROTOCOL) ? { "sec-websocket-protocol": SUBPROTOCOL } : {};
}
