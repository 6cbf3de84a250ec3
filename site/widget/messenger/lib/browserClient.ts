import type { SocketEvents, SocketLike } from "../../../../shared/conversation/client.ts";

// The browser's side of the shared conversation client: a real WebSocket and real timers. The
// messenger and the admin app both open their conversation sockets through these.
export function openSocket(url: string, protocols: string[], on: SocketEvents): SocketLike {
  const ws = new WebSocket(url, protocols);
  ws.onmessage = (event) => on.message(event.data);
  ws.onclose = () => on.close();
  return ws;
}

export function schedule(fn: () => void, ms: number): () => void {
  const timer = setTimeout(fn, ms);
  return () => clearTimeout(timer);
}
