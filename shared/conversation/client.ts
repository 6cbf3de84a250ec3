// One live conversation socket, for the messenger and the admin app alike: feeds every frame to
// the reducer, resumes after the last seq it holds, and reconnects by the backoff policy. Messages
// go out one at a time in the order typed, each once the one before is answered, and no faster
// than the room's send limit: a backlog resent after an outage then arrives whole and in order
// (the room stores each client id once). The socket, the clock and ids come from the caller, so
// this runs (and is tested) without browser globals.
import type { Upload } from "../attachments.ts";
import { parseServerFrame, type ClientFrame, type ServerFrame } from "../protocol.ts";
import { initialConversation, lastSeq, reduce, toResend, type ConversationEvent, type ConversationState, type PartKind, type Pending, type Side } from "./reducer.ts";
import { reconnectPlan } from "./reconnect.ts";
import { admitSend, SEND_WINDOW_MS, sendWait } from "./sendLimit.ts";

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
  /** Milliseconds of the caller's clock; Date.now by default. */
  now?: () => number;
}

const OPEN = 1;
/** How long "typing…" stays up without a new typing frame. */
export const TYPING_SHOWN_MS = 4000;
// The room counts sends by when they arrive: counting ours over a slightly longer window leaves
// room for one send taking longer on the way than the one before it.
const PACED_WINDOW_MS = SEND_WINDOW_MS + 500;
/** The least wait before sending a message the room refused as too fast. */
export const RATE_LIMITED_RETRY_MS = 1000;

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
  /** The message sent on this socket and not yet answered: nothing else is sent meanwhile. */
  private inFlight: string | null = null;
  /** When this socket sent each message, for pacing by the room's limit. */
  private sentAt: number[] = [];
  private cancelWait: (() => void) | undefined;

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
        this.stopSending();
        if (this.stopped) return;
        const plan = reconnectPlan(this.state, this.attempt++, (this.options.random ?? Math.random)());
        this.cancelReconnect = this.options.schedule(() => this.connect(plan.after), plan.delayMs);
      },
    });
    this.ws = ws;
    // The room counts each socket's sends afresh.
    this.sentAt = [];
  }

  private receive(frame: ServerFrame): void {
    if (frame.type === "error" && this.refusedAsTooFast(frame)) return;
    const previous = this.dispatch(this.blamed(frame));
    this.settle();
    switch (frame.type) {
      case "synced":
        this.attempt = 0;
        this.pump();
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

  // An error naming no message while one is in flight can only be about that message (a frame too
  // large to read): blaming it shows the failure and lets the next message go.
  private blamed(frame: ServerFrame): ServerFrame {
    return frame.type === "error" && frame.client_id === undefined && this.inFlight !== null ? { ...frame, client_id: this.inFlight } : frame;
  }

  /**
   * A message refused for speed is not failed: it stays first in line and goes again once the
   * room's window has room by our own count, and not sooner than RATE_LIMITED_RETRY_MS.
   */
  private refusedAsTooFast(frame: Extract<ServerFrame, { type: "error" }>): boolean {
    if (frame.code !== "rate_limited") return false;
    if (frame.client_id !== undefined && frame.client_id === this.inFlight) {
      this.inFlight = null;
      const delay = Math.max(RATE_LIMITED_RETRY_MS, sendWait(this.sentAt, this.now(), PACED_WINDOW_MS));
      this.wait(delay);
    }
    return true;
  }

  /** The message in flight was stored or refused: the next may go. */
  private settle(): void {
    if (this.inFlight === null || toResend(this.state).some((p) => p.clientId === this.inFlight)) return;
    this.inFlight = null;
    this.pump();
  }

  /** Sends the first message waiting, when the socket is synced, nothing is in flight and the pace allows. */
  private pump(): void {
    if (this.ws?.readyState !== OPEN || !this.state.online || this.inFlight !== null || this.cancelWait) return;
    const next = toResend(this.state)[0];
    if (!next) return;
    const now = this.now();
    const admitted = admitSend(this.sentAt, now, PACED_WINDOW_MS);
    if (!admitted) return this.wait(sendWait(this.sentAt, now, PACED_WINDOW_MS));
    this.sentAt = admitted;
    this.inFlight = next.clientId;
    this.transmit(sendFrame(next));
  }

  private wait(ms: number): void {
    this.cancelWait?.();
    this.cancelWait = this.options.schedule(() => {
      this.cancelWait = undefined;
      this.pump();
    }, ms);
  }

  private stopSending(): void {
    this.inFlight = null;
    this.cancelWait?.();
    this.cancelWait = undefined;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private transmit(frame: ClientFrame): void {
    if (this.ws?.readyState === OPEN) this.ws.send(JSON.stringify(frame));
  }

  private autoRead(): void {
    if (this.options.autoRead?.()) this.read();
  }

  send(body: string, kind: PartKind = "comment", attachments: Upload[] = []): void {
    this.dispatch({ type: "queued", client_id: this.options.newId(), body, kind, attachments });
    this.pump();
  }

  retry(clientId: string): void {
    this.dispatch({ type: "retried", client_id: clientId });
    this.pump();
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
    this.stopSending();
    this.ws?.close(1000);
  }
}
