// One conversation socket that survives its server: it resumes after the highest seq it holds
// (with the messenger's own backoff policy), resends unacknowledged messages with their original
// client_id, and keeps every part it received by seq, so the run can check its view at the end.
// One message is in flight at a time: a refused message (rate_limited after a long outage) is
// retried before any later one is sent, so the room stores each sender's messages in order.
// Like the messenger (open) and the inbox (visible tab), it marks as read each live part the other
// side wrote: an unread backlog that only grows is not what a conversation in use looks like.
import { reconnectDelay } from "../../shared/conversation/reconnect.ts";

export class ResumableSocket {
  /**
   * @param {{ url: (after: number) => string, protocols?: string[], headers?: Record<string,string>, stats: import("./stats.mjs").Stats, side: "user" | "admin", onPart?: (part: any, live: boolean) => void }} options
   */
  constructor({ url, protocols, headers, stats, side, onPart }) {
    Object.assign(this, { url, protocols, headers, stats, side, onPart });
    this.parts = new Map();
    this.lastSeq = 0;
    this.pending = new Map();
    this.acked = new Map();
    this.ready = false;
    this.inFlight = null;
    this.stopped = false;
    this.attempt = 0;
  }

  connect() {
    if (this.stopped) return;
    const ws = new WebSocket(this.url(this.lastSeq), { protocols: this.protocols, headers: this.headers });
    this.ws = ws;
    ws.onmessage = (event) => this.receive(typeof event.data === "string" ? event.data : "");
    ws.onclose = () => {
      this.ready = false;
      this.inFlight = null;
      if (this.stopped) return;
      this.stats.count("reconnects");
      setTimeout(() => this.connect(), reconnectDelay(this.attempt++, Math.random()));
    };
    ws.onerror = () => this.stats.count("socketErrors");
  }

  receive(text) {
    let frame;
    try {
      frame = JSON.parse(text);
    } catch {
      return this.stats.count("badFrames");
    }
    if (frame.type === "part") {
      const part = frame.part;
      const live = this.ready;
      if (!this.parts.has(part.seq)) this.onPart?.(part, live);
      this.parts.set(part.seq, part);
      if (live && part.author.type !== this.side) this.transmit(JSON.stringify({ type: "read", seq: part.seq }));
      this.lastSeq = Math.max(this.lastSeq, part.seq);
      if (part.client_id && this.pending.has(part.client_id)) this.settle(part.client_id, part.seq);
    } else if (frame.type === "ack") {
      this.settle(frame.client_id, frame.seq);
    } else if (frame.type === "synced") {
      this.ready = true;
      this.attempt = 0;
      this.inFlight = null;
      this.pump();
    } else if (frame.type === "error") {
      this.stats.count(`error:${frame.code}`);
      // A refused send stays pending and at the head of the line: retried in 2 s (or on reconnect).
      const id = frame.client_id;
      if (id && id === this.inFlight)
        setTimeout(() => {
          if (this.inFlight !== id) return;
          this.inFlight = null;
          this.pump();
        }, 2000);
    }
  }

  settle(clientId, seq) {
    const p = this.pending.get(clientId);
    if (p) this.stats.ack(performance.now() - p.sentAt);
    this.pending.delete(clientId);
    this.acked.set(clientId, seq);
    if (this.inFlight === clientId) this.inFlight = null;
    this.pump();
  }

  /** Sends the oldest unacknowledged message when none is in flight. */
  pump() {
    if (!this.ready || this.inFlight !== null) return;
    const [head] = this.pending;
    if (!head) return;
    this.inFlight = head[0];
    this.transmit(head[1].frame);
  }

  transmit(frame) {
    if (!frame || this.ws?.readyState !== WebSocket.OPEN) return;
    try {
      this.ws.send(frame);
    } catch {
      // closing: the reconnect resends it
    }
  }

  /** Sends a message; it stays pending until acknowledged (or seen in a backlog). */
  send(clientId, body) {
    const frame = JSON.stringify({ type: "send", client_id: clientId, body });
    this.pending.set(clientId, { frame, sentAt: performance.now() });
    this.stats.count("sent");
    this.pump();
  }

  close() {
    this.stopped = true;
    this.ws?.close();
  }
}
