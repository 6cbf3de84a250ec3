import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Room, type RoomState } from "./inboxRoom.ts";

class FakeSocket {
  static readonly OPEN = 1;
  static all: FakeSocket[] = [];
  readyState = 1;
  sent: unknown[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }
  close(): void {
    this.readyState = 3;
    this.onclose?.();
  }
  receive(frame: unknown): void {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
}

const author = { type: "user", id: "c", name: "Ada" };
const part = (seq: number, extra: object = {}) => ({ seq, client_id: null, part_type: "comment", author, body: `part ${seq}`, created_at: seq, ...extra });

let states: RoomState[] = [];
const latest = () => states[states.length - 1];

beforeEach(() => {
  FakeSocket.all = [];
  states = [];
  vi.stubGlobal("WebSocket", FakeSocket);
  vi.stubGlobal("location", { protocol: "https:", host: "parley.test" });
  vi.stubGlobal("document", { visibilityState: "visible" });
  vi.stubGlobal("crypto", { randomUUID: () => `id-${states.length}` });
});
afterEach(() => vi.unstubAllGlobals());

describe("Room", () => {
  it("orders parts by seq, ignores duplicates and marks them read once synced", () => {
    const room = new Room("5", (s) => states.push(s));
    const socket = FakeSocket.all[0];
    expect(socket?.url).toBe("wss://parley.test/admin/api/conversations/5/ws?after=0");
    socket?.receive({ type: "part", conversation_id: "5", part: part(2) });
    socket?.receive({ type: "part", conversation_id: "5", part: part(1) });
    socket?.receive({ type: "part", conversation_id: "5", part: part(2) });
    socket?.receive({ type: "synced", last_seq: 2 });
    expect(latest()?.parts.map((p) => p.seq)).toEqual([1, 2]);
    expect(socket?.sent).toContainEqual({ type: "read", seq: 2 });
    room.close();
  });

  it("sends notes with their kind, keeps them pending until acknowledged and marks refusals", () => {
    const room = new Room("5", (s) => states.push(s));
    const socket = FakeSocket.all[0];
    socket?.receive({ type: "synced", last_seq: 2 });
    room.send("Internal", "note");
    room.send("Too long", "comment");
    const [note, reply] = latest()?.pending ?? [];
    // One send in flight at a time, in the order typed (shared/conversation/client.ts).
    expect(socket?.sent).toEqual([{ type: "send", client_id: note?.clientId, body: "Internal", kind: "note" }]);
    socket?.receive({ type: "ack", client_id: note?.clientId, seq: 3 });
    expect(socket?.sent).toEqual([
      { type: "send", client_id: note?.clientId, body: "Internal", kind: "note" },
      { type: "send", client_id: reply?.clientId, body: "Too long" },
    ]);
    socket?.receive({ type: "error", code: "too_large", message: "Too large.", client_id: reply?.clientId });
    expect(latest()?.pending).toEqual([{ clientId: reply?.clientId, body: "Too long", kind: "comment", error: "Too large." }]);
    room.close();
  });

  it("resends what is still pending after reconnecting, from the last seq it holds", () => {
    vi.useFakeTimers();
    const room = new Room("5", (s) => states.push(s));
    FakeSocket.all[0]?.receive({ type: "part", conversation_id: "5", part: part(4) });
    FakeSocket.all[0]?.close();
    room.send("Hello again", "comment");
    vi.advanceTimersByTime(500);
    const again = FakeSocket.all[1];
    expect(again?.url).toContain("?after=4");
    again?.receive({ type: "synced", last_seq: 4 });
    expect(again?.sent).toContainEqual({ type: "send", client_id: latest()?.pending[0]?.clientId, body: "Hello again" });
    room.close();
    vi.useRealTimers();
  });

  it("shows the contact typing but not teammates", () => {
    const room = new Room("5", (s) => states.push(s));
    FakeSocket.all[0]?.receive({ type: "typing", author: { type: "admin", id: "2", name: "Bo" } });
    expect(latest()?.typing ?? null).toBeNull();
    FakeSocket.all[0]?.receive({ type: "typing", author });
    expect(latest()?.typing).toBe("Ada");
    room.close();
  });
});
