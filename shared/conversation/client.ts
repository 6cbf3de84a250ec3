// One live conversation socket, for the messenger and the admin app alike: feeds every frame to
// the reducer, resumes after the last seq it holds, resends pending messages once synced (the
// room stores each client id once), and reconnects by the backoff policy. The socket, the clock
// and ids come from the caller, so this runs (and is tested) without browser globals.
import type { Upload } from "../attachments.ts";
import { parseServerFrame, type ClientFrame, type ServerFrame } from "../protocol.ts";
import { initialConversation, lastSeq, reduce, toResend, type ConversationEvent, type ConversationState, type PartKind, type Pending, type Side } from "./reducer.ts";
import { reconnectPlan } from "./reconnect.ts";

/** What the client needs of a WebSocket (the browser's satisfies it). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number): void;
}

/** Where an opened socket reports its messages and its close. */
export interface SocketEvents {
  message: (data: unknown) => void;
  close: () => void;
}

export interface ClientOptions {
  side: Side;
  /** Opens the socket resuming after `after` and wires its events to `on`. */
  open: (after: number, on: SocketEvents) => SocketLike;
  onChange: (state: ConversationState) => void;
  /** Runs `fn` after `ms`; returns a cancel function. */
  schedule: (fn: () => void, ms: number) => () => void;
  newId: () => string;
  random?: () => number;
  /** When set, reads are marked on sync and on each new part while this says someone is looking. */
  autoRead?: () => boolean;
}

const OPEN = 1;
/** How long "typing…" stays up without a new typing frame. */
export const TYPING_SHOWN_MS = 4000;

export function sendFrame(p: Pending): ClientFrame {
  const frame: ClientFrame = { type: "send", client_id: p.clientId, body: p.body };
  if (p.kind === "note") frame.kind = "note";
  if (p.attachments?.length) frame.attachments = p.attachments.map((a) => a.token);
  return frame;
}

export class ConversationClient {
  state: ConversationState;
  private ws: SocketLike | null = null;
  private attempt = 0;
  private stopped = false;
  private cancelTyping: (() => void) | undefined;
  private cancelReconnect: (() => void) | undefined;

  constructor(private readonly options: ClientOptions) {
    this.state = initialConversation(options.side);
    this.connect(0);
  }

  private dispatch(event: ConversationEvent): ConversationState {
    const previous = this.state;
    this.state = reduce(previous, event);
    if (this.state !== previous) this.options.onChange(this.state);
    return previous;
  }

  private connect(after: number): void {
    if (this.stopped) return;
    const ws: SocketLike = this.options.open(after, {
      message: (data) => {
        const frame = typeof data === "string" ? parseServerFrame(data) : null;
        if (frame && this.ws === ws) this.receive(frame);
      },
      close: () => {
        if (this.ws !== ws) return;
        this.dispatch({ type: "disconnected" });
        if (this.stopped) return;
        const plan = reconnectPlan(this.state, this.attempt++, (this.options.random ?? Math.random)());
        this.cancelReconnect = this.options.schedule(() => this.connect(plan.after), plan.delayMs);
      },
    });
    this.ws = ws;
  }

  private receive(frame: ServerFrame): void {
    const previous = this.dispatch(frame);
    switch (frame.type) {
      case "synced":
        this.attempt = 0;
        for (const p of toResend(this.state)) this.transmit(sendFrame(p));
        return this.autoRead();
      case "part":
        if (this.state !== previous && this.state.synced) this.autoRead();
        return;
      case "typing":
        if (this.state === previous) return;
        this.cancelTyping?.();
        this.cancelTyping = this.options.schedule(() => this.dispatch({ type: "typing_stopped" }), TYPING_SHOWN_MS);
        return;
      default:
        return;
    }
  }

  private transmit(frame: ClientFrame): void {
    if (this.ws?.readyState === OPEN) this.ws.send(JSON.stringify(frame));
  }

  private autoRead(): void {
    if (this.options.autoRead?.()) this.read();
  }

  send(body: string, kind: PartKind = "comment", attachments: Upload[] = []): void {
    const clientId = this.options.newId();
    this.dispatch({ type: "queued", client_id: clientId, body, kind, attachments });
    const sent = this.state.pending.find((p) => p.clientId === clientId);
    if (sent) this.transmit(sendFrame(sent));
  }

  retry(clientId: string): void {
    this.dispatch({ type: "retried", client_id: clientId });
    const item = this.state.pending.find((p) => p.clientId === clientId);
    if (item) this.transmit(sendFrame(item));
  }

  typing(): void {
    this.transmit({ type: "typing" });
  }

  /** Everything held has been seen. */
  read(): void {
    const seq = lastSeq(this.state);
    if (seq > 0) this.transmit({ type: "read", seq });
  }

  close(): void {
    this.stopped = true;
    this.cancelTyping?.();
    this.cancelReconnect?.();
    this.ws?.close(1000);
  }
}
