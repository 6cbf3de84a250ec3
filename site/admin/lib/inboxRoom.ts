import { parseServerFrame, SUBPROTOCOL, type Part, type ServerFrame } from "../../../shared/protocol.ts";

// An admin's live connection to one conversation: every part in seq order, resumed after the
// last seq held; replies and notes go out with a client id and are resent after a reconnect
// until acknowledged (the room stores each once).
export type PartKind = "comment" | "note";

export interface Pending {
  clientId: string;
  body: string;
  kind: PartKind;
  error?: string;
}

export interface RoomState {
  parts: Part[];
  pending: Pending[];
  online: boolean;
  synced: boolean;
  typing: string | null;
  /** Highest seq the contact has read: "Seen" under our replies. */
  readByUser: number;
}

export const INITIAL_ROOM: RoomState = { parts: [], pending: [], online: false, synced: false, typing: null, readByUser: 0 };

export class Room {
  state: RoomState = INITIAL_ROOM;
  private ws: WebSocket | null = null;
  private attempt = 0;
  private stopped = false;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly id: string, private readonly onChange: (state: RoomState) => void) {
    this.connect();
  }

  private set(patch: Partial<RoomState>): void {
    this.state = { ...this.state, ...patch };
    this.onChange(this.state);
  }

  private connect(): void {
    if (this.stopped) return;
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const after = this.state.parts.at(-1)?.seq ?? 0;
    const ws = new WebSocket(`${scheme}://${location.host}/admin/api/conversations/${encodeURIComponent(this.id)}/ws?after=${after}`, [SUBPROTOCOL]);
    this.ws = ws;
    ws.onmessage = (event) => {
      const frame = typeof event.data === "string" ? parseServerFrame(event.data) : null;
      if (frame) this.receive(frame);
    };
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.set({ online: false });
      if (!this.stopped) setTimeout(() => this.connect(), Math.min(15_000, 500 * 2 ** this.attempt++));
    };
  }

  private receive(frame: ServerFrame): void {
    switch (frame.type) {
      case "welcome":
        return this.set({ readByUser: frame.conversation.read_seq.user });
      case "synced":
        this.attempt = 0;
        this.set({ online: true, synced: true });
        for (const p of this.state.pending) if (!p.error) this.transmit(p);
        this.markRead();
        return;
      case "part": {
        if (this.state.parts.some((p) => p.seq === frame.part.seq)) return;
        const parts = [...this.state.parts, frame.part].sort((a, b) => a.seq - b.seq);
        const pending = this.state.pending.filter((p) => p.clientId !== frame.part.client_id);
        const typing = frame.part.author.type === "user" ? null : this.state.typing;
        this.set({ parts, pending, typing });
        if (this.state.synced) this.markRead();
        return;
      }
      case "ack":
        return this.set({ pending: this.state.pending.filter((p) => p.clientId !== frame.client_id) });
      case "read":
        return frame.side === "user" ? this.set({ readByUser: frame.seq }) : undefined;
      case "typing":
        if (frame.author.type !== "user") return;
        clearTimeout(this.typingTimer);
        this.typingTimer = setTimeout(() => this.set({ typing: null }), 4000);
        return this.set({ typing: frame.author.name ?? "The contact" });
      case "error":
        if (frame.client_id) {
          const message = frame.message;
          this.set({ pending: this.state.pending.map((p) => (p.clientId === frame.client_id ? { ...p, error: message } : p)) });
        }
        return;
      default:
        return;
    }
  }

  private transmit(p: Pending): void {
    if (this.ws?.readyState !== WebSocket.OPEN) return;
    const frame = p.kind === "note" ? { type: "send", client_id: p.clientId, body: p.body, kind: "note" } : { type: "send", client_id: p.clientId, body: p.body };
    this.ws.send(JSON.stringify(frame));
  }

  private markRead(): void {
    const seq = this.state.parts.at(-1)?.seq ?? 0;
    // Only while someone is looking: a background tab must not mark messages as seen.
    if (seq > 0 && document.visibilityState === "visible" && this.ws?.readyState === WebSocket.OPEN) {
      this.ws.send(JSON.stringify({ type: "read", seq }));
    }
  }

  send(body: string, kind: PartKind): void {
    const item: Pending = { clientId: crypto.randomUUID(), body, kind };
    this.set({ pending: [...this.state.pending, item] });
    this.transmit(item);
  }

  retry(clientId: string): void {
    const item = this.state.pending.find((p) => p.clientId === clientId);
    if (!item) return;
    const fresh: Pending = { clientId, body: item.body, kind: item.kind };
    this.set({ pending: this.state.pending.map((p) => (p.clientId === clientId ? fresh : p)) });
    this.transmit(fresh);
  }

  typing(): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send('{"type":"typing"}');
  }

  close(): void {
    this.stopped = true;
    clearTimeout(this.typingTimer);
    this.ws?.close(1000);
  }
}
