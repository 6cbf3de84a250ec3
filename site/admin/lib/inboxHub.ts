import { parseInboxServerFrame, type InboxClientFrame, type InboxConversation, type InboxServerFrame, type Presence } from "../../../shared/inbox.ts";
import { SUBPROTOCOL, type Author } from "../../../shared/protocol.ts";

// One socket per signed-in admin to the workspace's InboxHub, shared by every screen that
// shows live inbox data (list, header presence). It resumes after the last seq it holds; when the
// hub is unreachable (older server, network) the status says "offline" and the inbox polls.
export type HubStatus = "connecting" | "live" | "offline";

export interface HubState {
  status: HubStatus;
  presence: ReadonlyMap<string, Presence>;
  /** conversation id → who is typing there, cleared a few seconds after the last signal. */
  typing: ReadonlyMap<string, Author>;
}

export type Listener<T> = (value: T) => void;

const TYPING_MS = 4000;
const PING_MS = 25_000;

export class InboxHub {
  state: HubState = { status: "connecting", presence: new Map(), typing: new Map() };
  private ws: WebSocket | null = null;
  private seq: number | null = null;
  private attempt = 0;
  private stopped = false;
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private ping: ReturnType<typeof setInterval> | undefined;
  readonly stateListeners = new Set<Listener<HubState>>();
  readonly conversationListeners = new Set<Listener<InboxConversation>>();
  /** Lists must refetch: first connection (closes the gap before it) or a `reset` frame. */
  readonly resetListeners = new Set<Listener<void>>();

  constructor() {
    this.connect();
  }

  private set(patch: Partial<HubState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.stateListeners) listener(this.state);
  }

  private connect(): void {
    if (this.stopped) return;
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const after = this.seq === null ? "" : `?after=${this.seq}`;
    let ws: WebSocket;
    try {
      ws = new WebSocket(`${scheme}://${location.host}/admin/api/inbox/ws${after}`, [SUBPROTOCOL]);
    } catch {
      this.retry();
      return;
    }
    this.ws = ws;
    ws.onmessage = (event) => {
      const frame = typeof event.data === "string" ? parseInboxServerFrame(event.data) : null;
      if (frame) this.receive(frame);
    };
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.ws = null;
      clearInterval(this.ping);
      this.set({ status: "offline", presence: new Map() });
      this.retry();
    };
  }

  private retry(): void {
    // Capped at 30 s: a hub that is not deployed yet costs one failed upgrade per half minute.
    if (!this.stopped) setTimeout(() => this.connect(), Math.min(30_000, 1000 * 2 ** this.attempt++));
  }

  private receive(frame: InboxServerFrame): void {
    switch (frame.type) {
      case "hello": {
        const first = this.seq === null;
        this.attempt = 0;
        this.seq = Math.max(this.seq ?? 0, frame.seq);
        clearInterval(this.ping);
        this.ping = setInterval(() => this.send({ type: "ping" }), PING_MS);
        this.set({ status: "live", presence: new Map(frame.presence.map((p) => [p.admin_id, p])) });
        if (first) for (const listener of this.resetListeners) listener();
        return;
      }
      case "conversation":
        this.seq = Math.max(this.seq ?? 0, frame.seq);
        for (const listener of this.conversationListeners) listener(frame.conversation);
        return;
      case "synced":
        this.seq = Math.max(this.seq ?? 0, frame.seq);
        return;
      case "reset":
        this.seq = frame.seq;
        for (const listener of this.resetListeners) listener();
        return;
      case "presence": {
        const presence = new Map(this.state.presence);
        presence.set(frame.presence.admin_id, frame.presence);
        return this.set({ presence });
      }
      case "typing":
        return this.typing(frame.conversation_id, frame.author);
      case "pong":
        return;
    }
  }

  private typing(conversationId: string, author: Author): void {
    clearTimeout(this.timers.get(conversationId));
    this.timers.set(conversationId, setTimeout(() => {
      const typing = new Map(this.state.typing);
      typing.delete(conversationId);
      this.set({ typing });
    }, TYPING_MS));
    this.set({ typing: new Map(this.state.typing).set(conversationId, author) });
  }

  send(frame: InboxClientFrame): boolean {
    if (this.ws?.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  close(): void {
    this.stopped = true;
    clearInterval(this.ping);
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.ws?.close(1000);
  }
}
