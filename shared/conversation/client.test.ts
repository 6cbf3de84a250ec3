import { describe, expect, it } from "vitest";
import type { Part } from "../protocol.ts";
import { ConversationClient, RATE_LIMITED_RETRY_MS, sendFrame, TYPING_SHOWN_MS, type SocketEvents, type SocketLike } from "./client.ts";
import type { ConversationState, Side } from "./reducer.ts";
import { admitSend } from "./sendLimit.ts";

class FakeSocket implements SocketLike {
  readyState = 1;
  sent: unknown[] = [];
  constructor(
    readonly after: number,
    readonly on: SocketEvents,
  ) {}
  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }
  close(): void {
    this.readyState = 3;
    this.on.close();
  }
  receive(frame: unknown): void {
    this.on.message(JSON.stringify(frame));
  }
}

const part = (seq: number, extra: Partial<Part> = {}): Part => ({ seq, client_id: null, part_type: "comment", author: { type: "user", id: "c", name: "Ada" }, body: `part ${seq}`, created_at: seq, ...extra });

/** A client over fake sockets and a clock moved by hand. */
function harness(side: Side, looking?: () => boolean) {
  const sockets: FakeSocket[] = [];
  const states: ConversationState[] = [];
  let now = 0;
  let timers: { at: number; fn: () => void; live: boolean }[] = [];
  let ids = 0;
  const client = new ConversationClient({
    side,
    open: (after, on) => {
      const socket = new FakeSocket(after, on);
      sockets.push(socket);
      return socket;
    },
    onChange: (state) => states.push(state),
    schedule: (fn, ms) => {
      const timer = { at: now + ms, fn, live: true };
      timers.push(timer);
      return () => void (timer.live = false);
    },
    newId: () => `id-${++ids}`,
    random: () => 0.999999,
    autoRead: looking,
    now: () => now,
  });
  const advance = (ms: number) => {
    now += ms;
    const due = timers.filter((t) => t.live && t.at <= now);
    timers = timers.filter((t) => !due.includes(t));
    for (const t of due) t.fn();
  };
  return { client, sockets, advance, latest: () => client.state, changes: () => states.length, now: () => now };
}

type SendFrame = { type: "send"; client_id: string; body: string };
const isSend = (frame: unknown): frame is SendFrame => typeof frame === "object" && frame !== null && "type" in frame && frame.type === "send";

/** Answers a socket's new send frames as the room does: stored and acknowledged, or refused past the shared limit. */
function aRoom(socket: FakeSocket, clock: () => number) {
  let answered = 0;
  let times: number[] = [];
  const stored: string[] = [];
  const refused: string[] = [];
  const answer = () => {
    while (answered < socket.sent.length) {
      const frame = socket.sent[answered++];
      if (!isSend(frame)) continue;
      const admitted = admitSend(times, clock());
      if (!admitted) {
        refused.push(frame.client_id);
        socket.receive({ type: "error", code: "rate_limited", message: "Too many messages; wait a few seconds.", client_id: frame.client_id });
        continue;
      }
      times = admitted;
      stored.push(frame.body);
      socket.receive({ type: "ack", client_id: frame.client_id, seq: stored.length });
    }
  };
  return { answer, stored, refused };
}

describe("ConversationClient", () => {
  it("connects from seq 0 and marks reads once synced, only while someone is looking", () => {
    let looking = false;
    const { client, sockets } = harness("admin", () => looking);
    const socket = sockets[0];
    expect(socket?.after).toBe(0);
    socket?.receive({ type: "part", conversation_id: "5", part: part(2) });
    socket?.receive({ type: "part", conversation_id: "5", part: part(1) });
    socket?.receive({ type: "synced", last_seq: 2 });
    expect(socket?.sent).toEqual([]);
    looking = true;
    socket?.receive({ type: "part", conversation_id: "5", part: part(3) });
    socket?.receive({ type: "part", conversation_id: "5", part: part(3) });
    expect(socket?.sent).toEqual([{ type: "read", seq: 3 }]);
    expect(client.state.parts.map((p) => p.seq)).toEqual([1, 2, 3]);
    client.close();
  });

  it("sends notes with their kind and replies without one, each once the one before is acknowledged", () => {
    const { client, sockets } = harness("admin");
    sockets[0]?.receive({ type: "synced", last_seq: 0 });
    client.send("Internal", "note");
    client.send("Hello");
    expect(sockets[0]?.sent).toEqual([{ type: "send", client_id: "id-1", body: "Internal", kind: "note" }]);
    sockets[0]?.receive({ type: "ack", client_id: "id-1", seq: 1 });
    expect(sockets[0]?.sent).toEqual([
      { type: "send", client_id: "id-1", body: "Internal", kind: "note" },
      { type: "send", client_id: "id-2", body: "Hello" },
    ]);
    client.close();
  });

  it("resends what is still pending after reconnecting, from the last seq it holds, with backoff", () => {
    const { client, sockets, advance, latest } = harness("user");
    sockets[0]?.receive({ type: "part", conversation_id: "5", part: part(4) });
    sockets[0]?.close();
    expect(latest().online).toBe(false);
    client.send("Hello again");
    client.send("Refused");
    sockets[0]?.receive({ type: "error", code: "too_large", message: "Too large.", client_id: "id-2" });
    advance(499);
    expect(sockets).toHaveLength(1);
    advance(1);
    const again = sockets[1];
    expect(again?.after).toBe(4);
    again?.close();
    advance(999);
    expect(sockets).toHaveLength(2);
    advance(1);
    const third = sockets[2];
    third?.receive({ type: "synced", last_seq: 4 });
    expect(third?.sent).toEqual([{ type: "send", client_id: "id-1", body: "Hello again" }]);
    third?.close();
    advance(500);
    expect(sockets).toHaveLength(4);
    client.close();
  });

  it("retries a refused message with the same client id", () => {
    const { client, sockets, latest } = harness("user");
    sockets[0]?.receive({ type: "synced", last_seq: 0 });
    client.send("Too long");
    sockets[0]?.receive({ type: "error", code: "too_large", message: "Too large.", client_id: "id-1" });
    expect(latest().pending[0]?.error).toBe("Too large.");
    client.retry("id-1");
    expect(latest().pending).toEqual([{ clientId: "id-1", body: "Too long", kind: "comment" }]);
    expect(sockets[0]?.sent).toEqual([
      { type: "send", client_id: "id-1", body: "Too long" },
      { type: "send", client_id: "id-1", body: "Too long" },
    ]);
    client.close();
  });

  it("sends 30 messages held through an outage in the order typed, within the room's limit", () => {
    const { client, sockets, advance, latest, now } = harness("user");
    sockets[0]?.receive({ type: "synced", last_seq: 0 });
    sockets[0]?.close();
    const typed = Array.from({ length: 30 }, (_, i) => `message ${i + 1}`);
    for (const body of typed) client.send(body);
    advance(500);
    const socket = sockets[1];
    if (!socket) throw new Error("no reconnect");
    const room = aRoom(socket, now);
    socket.receive({ type: "synced", last_seq: 0 });
    for (let elapsed = 0; elapsed < 60_000 && latest().pending.length > 0; elapsed += 100) {
      room.answer();
      advance(100);
    }
    expect(room.refused).toEqual([]);
    expect(room.stored).toEqual(typed);
    expect(latest().pending).toEqual([]);
    client.close();
  });

  it("retries a rate-limited message after the advised delay, before any message typed after it", () => {
    const { client, sockets, advance, latest } = harness("user");
    const socket = sockets[0];
    socket?.receive({ type: "synced", last_seq: 0 });
    client.send("First");
    socket?.receive({ type: "error", code: "rate_limited", message: "Too many messages; wait a few seconds.", client_id: "id-1" });
    client.send("Second");
    expect(latest().pending.map((p) => p.error)).toEqual([undefined, undefined]);
    advance(RATE_LIMITED_RETRY_MS - 1);
    expect(socket?.sent).toEqual([{ type: "send", client_id: "id-1", body: "First" }]);
    advance(1);
    expect(socket?.sent).toEqual([
      { type: "send", client_id: "id-1", body: "First" },
      { type: "send", client_id: "id-1", body: "First" },
    ]);
    socket?.receive({ type: "ack", client_id: "id-1", seq: 1 });
    expect(socket?.sent.at(-1)).toEqual({ type: "send", client_id: "id-2", body: "Second" });
    client.close();
  });

  it("hides typing after a quiet interval, counted from the latest typing frame", () => {
    const { client, sockets, advance, latest } = harness("user");
    const admin = { type: "admin", id: "1", name: "Bo" };
    sockets[0]?.receive({ type: "typing", author: admin });
    advance(TYPING_SHOWN_MS - 1000);
    sockets[0]?.receive({ type: "typing", author: admin });
    advance(1000);
    expect(latest().typing).toEqual(admin);
    advance(TYPING_SHOWN_MS);
    expect(latest().typing).toBeNull();
    client.close();
  });

  it("stops for good when closed", () => {
    const { client, sockets, advance } = harness("user");
    client.close();
    advance(60_000);
    expect(sockets).toHaveLength(1);
    client.typing();
    client.read();
    expect(sockets[0]?.sent).toEqual([]);
  });

  it("ignores frames that are not valid JSON frames", () => {
    const { client, sockets, changes } = harness("user");
    sockets[0]?.on.message("not json");
    sockets[0]?.on.message(JSON.stringify({ type: "part" }));
    sockets[0]?.on.message(new Uint8Array(2));
    expect(changes()).toBe(0);
    client.close();
  });
});

describe("sendFrame", () => {
  it("names the kind only for notes", () => {
    expect(sendFrame({ clientId: "a", body: "b", kind: "comment" })).toEqual({ type: "send", client_id: "a", body: "b" });
    expect(sendFrame({ clientId: "a", body: "b", kind: "note" })).toEqual({ type: "send", client_id: "a", body: "b", kind: "note" });
  });
});
