import type { ServerFrame } from "../../shared/protocol.ts";
import type { VisitorChannelRpc } from "../durable/rpc.ts";
import { SocketObject } from "../durable/SocketObject.ts";
import type { Env } from "../env.ts";

/**
 * One per contact: the messenger's always-on socket (opened by the small loader) through which
 * conversation rooms announce new parts, so a message can arrive before any conversation is open.
 */
export class VisitorChannel extends SocketObject<Env> implements VisitorChannelRpc {
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("upgrade") !== "websocket") return new Response("Expected a WebSocket", { status: 426 });
    return this.acceptSocket(request, [], () => {});
  }

  async publish(frame: ServerFrame): Promise<number> {
    return this.broadcastText(JSON.stringify(frame));
  }

  // The channel only speaks: anything but the auto-answered ping is ignored.
  override async webSocketMessage(): Promise<void> {}
}
