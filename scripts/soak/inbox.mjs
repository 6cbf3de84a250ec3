// An admin's inbox socket that resumes after the last event seq it holds; calls `onConversation`
// for every conversation event, live or replayed.
import { reconnectDelay } from "../../shared/conversation/reconnect.ts";

export function openInbox({ base, cookie, stats, onConversation }) {
  const state = { seq: 0, events: 0, stopped: false, attempt: 0, ws: null };
  const connect = () => {
    if (state.stopped) return;
    const after = state.seq > 0 ? `?after=${state.seq}` : "";
    const ws = new WebSocket(`${base.replace("http", "ws")}/admin/api/inbox/ws${after}`, { headers: { cookie, origin: base } });
    state.ws = ws;
    ws.onmessage = (event) => {
      let frame;
      try {
        frame = JSON.parse(String(event.data));
      } catch {
        return stats.count("badFrames");
      }
      if (frame.type === "synced" || frame.type === "hello" || frame.type === "reset") state.attempt = 0;
      if (typeof frame.seq === "number") state.seq = Math.max(state.seq, frame.seq);
      if (frame.type === "conversation") {
        state.events++;
        stats.count("inboxEvents");
        onConversation(frame.conversation);
      }
    };
    ws.onclose = () => {
      if (state.stopped) return;
      stats.count("inboxReconnects");
      setTimeout(connect, reconnectDelay(state.attempt++, Math.random()));
    };
    ws.onerror = () => stats.count("socketErrors");
  };
  connect();
  return { state, close: () => ((state.stopped = true), state.ws?.close()) };
}
