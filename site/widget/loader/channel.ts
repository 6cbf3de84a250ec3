import { reconnectDelay } from "../../../shared/conversation/reconnect.ts";
import type { Listener } from "./types.ts";

// The always-on socket to the visitor's channel: a message can arrive before the messenger is
// loaded. Reconnects with capped backoff; stops for good on close().
export interface Channel {
  close(): void;
}

export function openChannel(url: () => string, protocols: () => string[], onFrame: Listener<string>): Channel {
  let socket: WebSocket | null = null;
  let stopped = false;
  let attempt = 0;
  let ping: ReturnType<typeof setInterval> | undefined;
  const connect = () => {
    if (stopped) return;
    socket = new WebSocket(url(), protocols());
    socket.onopen = () => {
      attempt = 0;
      ping = setInterval(() => socket?.readyState === 1 && socket.send('{"type":"ping"}'), 25_000);
    };
    socket.onmessage = (event) => typeof event.data === "string" && onFrame(event.data);
    socket.onclose = () => {
      clearInterval(ping);
      // The channel only carries badges, so it may wait longer than a conversation between tries.
      if (!stopped) setTimeout(connect, reconnectDelay(attempt++, Math.random(), { baseMs: 500, capMs: 30_000 }));
    };
  };
  connect();
  return {
    close() {
      stopped = true;
      socket?.close(1000);
    },
  };
}
