import { DurableObject } from "cloudflare:workers";

// The physical floor for bench:chat: a relay that does what the product must do per message
// (store it durably in the room's SQLite, then pass it to the other sockets) and nothing else.
interface Env {
  RELAY: DurableObjectNamespace<Relay>;
}

export class Relay extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS log (seq INTEGER PRIMARY KEY, body TEXT NOT NULL)");
  }

  override async fetch(): Promise<Response> {
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1]);
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    const text = typeof message === "string" ? message : new TextDecoder().decode(message);
    this.ctx.storage.sql.exec("INSERT INTO log (body) VALUES (?)", text);
    ws.send('{"type":"ack"}');
    for (const other of this.ctx.getWebSockets()) if (other !== ws) other.send(text);
  }

  override async webSocketClose(ws: WebSocket, code: number): Promise<void> {
    ws.close(code === 1005 ? 1000 : code);
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const room = new URL(request.url).pathname.split("/")[2] ?? "0";
    return env.RELAY.get(env.RELAY.idFromName(room)).fetch(new Request(request.url, { headers: request.headers }));
  },
} satisfies ExportedHandler<Env>;
