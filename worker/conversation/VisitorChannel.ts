import { DurableObject } from "cloudflare:workers";
import type { ServerFrame } from "../../shared/protocol.ts";
import type { Env } from "../env.ts";
import { acceptedProtocol } from "./ConversationRoom.ts";

/**
 * One per contact: the messenger's always-on socket (opened by the small loader) through which
 * conversation rooms announce new parts, so a message can arrive before any conversation is open.
 */
export class VisitorChannel extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair('{"type":"ping"}', '{"type":"pong"}'));
  }

  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade") !== "websocket") return new Response("Expected a WebSocket", { status: 426 });
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1]);
    return new Response(null, { status: 101, webSocket: pair[0], headers: acceptedProtocol(request) });
  }

  async publish(frame: ServerFrame): Promise<number> {
    const text = JSON.stringify(frame);
    let delivered = 0;
    for (const ws of this.ctx.getWebSockets()) {
      try {
        ws.send(text);
        delivered++;
      } catch {
        // A socket that closed meanwhile; the runtime drops it.
      }
    }
    return delivered;
  }

  // The channel only speaks: anything but the auto-answered ping is ignored.
  override async webSocketMessage(): Promise<void> {}

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    ws.close(code === 1005 ? 1000 : code, reason);
  }
}
