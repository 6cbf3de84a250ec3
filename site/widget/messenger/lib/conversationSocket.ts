import { parseServerFrame, type ConversationSummary, type Part, type ServerFrame } from "../../../../shared/protocol.ts";

// One conversation's live connection: resumes after the last seq it holds, resends unacknowledged
// parts with their client ids (the room stores each once), and reconnects with capped backoff.
export interface SocketState {
  parts: Part[];
  pending: { clientId: string; body: string; error?: string }[];
  online: boolean;
  typing: string | null;
  readByAdmin: number;
  summary: ConversationSummary | null;
}

export class ConversationSocket {
  private ws: WebSocket | null = null;
  private attempt = 0;
  private stopped = false;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  state: SocketState = { parts: [], pending: [], online: false, typing: null, readByAdmin: 0, summary: null };

  constructor(
    private readonly url: (after: number) => string,
    private readonly protocols: () => string[],
    private readonly onChange: (state: SocketState) => void,
  ) {
    this.connect();
  }

  private lastSeq(): number {
    return this.state.parts.at(-1)?.seq ?? 0;
  }

  private set(patch: Partial<SocketState>): void {
    this.state = { ...this.state, ...patch };
    this.onChange(this.state);
  }

  private connect(): void {
    if (this.stopped) return;
    const ws = new WebSocket(this.url(this.lastSeq()), this.protocols());
    this.ws = ws;
    ws.onmessage = (event) => {
      const frame = typeof event.data === "string" ? parseServerFrame(event.data) : null;
      if (frame) this.receive(frame);
    };
    ws.onclose = () => {
      this.set({ online: false });
      if (!this.stopped) setTimeout(() => this.connect(), Math.min(15_000, 300 * 2 ** this.attempt++));
    };
  }

  private receive(frame: ServerFrame): void {
    switch (frame.type) {
      case "welcome":
        return this.set({ summary: frame.conversation, readByAdmin: frame.conversation.read_seq.admin });
      case "synced":
        this.attempt = 0;
        this.set({ online: true });
        for (const p of this.state.pending) if (!p.error) this.transmit(p.clientId, p.body);
        return;
      case "part": {
        if (this.state.parts.some((p) => p.seq === frame.part.seq)) return;
        const parts = [...this.state.parts, frame.part].sort((a, b) => a.seq - b.seq);
        const pending = this.state.pending.filter((p) => p.clientId !== frame.part.client_id);
        return this.set({ parts, pending, typing: frame.part.author.type === "admin" ? null : this.state.typing });
      }
      case "ack":
        return this.set({ pending: this.state.pending.filter((p) => p.clientId !== frame.client_id) });
      case "read":
        return frame.side === "admin" ? this.set({ readByAdmin: frame.seq }) : undefined;
      case "typing":
        clearTimeout(this.typingTimer);
        this.typingTimer = setTimeout(() => this.set({ typing: null }), 4000);
        return this.set({ typing: frame.author.name ?? "Someone" });
      case "error":
        if (frame.client_id) this.set({ pending: this.state.pending.map((p) => (p.clientId === frame.client_id ? { ...p, error: frame.message } : p)) });
        return;
      default:
        return;
    }
  }

  private transmit(clientId: string, body: string): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify({ type: "send", client_id: clientId, body }));
  }

  send(body: string): void {
    const clientId = crypto.randomUUID();
    this.set({ pending: [...this.state.pending, { clientId, body }] });
    this.transmit(clientId, body);
  }

  retry(clientId: string): void {
    const item = this.state.pending.find((p) => p.clientId === clientId);
    if (!item) return;
    this.set({ pending: this.state.pending.map((p) => (p.clientId === clientId ? { clientId, body: p.body } : p)) });
    this.transmit(clientId, item.body);
  }

  typing(): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send('{"type":"typing"}');
  }

  read(): void {
    const seq = this.lastSeq();
    if (seq > 0 && this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify({ type: "read", seq }));
  }

  close(): void {
    this.stopped = true;
    clearTimeout(this.typingTimer);
    this.ws?.close(1000);
  }
}
