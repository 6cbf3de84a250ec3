import { describe, expect, it } from "vitest";
import type { Part } from "../protocol.ts";
import { ConversationClient, sendFrame, TYPING_SHOWN_MS, type SocketEvents, type SocketLike } from "./client.ts";
import type { ConversationState, Side } from "./reducer.ts";

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
  });
  const advance = (ms: number) => {
    now += ms;
    const due = timers.filter((t) => t.live && t.at <= now);
    timers = timers.filter((t) => !due.includes(t));
    for (const t of due) t.fn();
  };
  return { client, sockets, advance, latest: () => client.state, changes: () => states.length };
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

  it("sends notes with their kind and replies without one", () => {
    const { client, sockets } = harness("admin");
    client.send("Internal", "note");
    client.send("Hello");
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
