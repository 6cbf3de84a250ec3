import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { InboxHub } from "./inboxHub.ts";

class FakeSocket {
  static readonly OPEN = 1;
  static all: FakeSocket[] = [];
  readyState = 1;
  sent: string[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(readonly url: string, readonly protocols: string[]) {
    FakeSocket.all.push(this);
  }
  send(data: string): void {
    this.sent.push(data);
  }
  close(): void {
    this.readyState = 3;
    this.onclose?.();
  }
  receive(frame: unknown): void {
    this.onmessage?.({ data: typeof frame === "string" ? frame : JSON.stringify(frame) });
  }
}

const conversation = {
  id: "7",
  contact: { id: "c", name: null, email: null, role: "lead" },
  state: "open",
  admin_assignee_id: null,
  team_assignee_id: "2",
  created_at: 1,
  last_part_at: 2,
  last_part_preview: "Hi",
  last_part_author_type: "user",
  unread: 1,
  waiting_since: 1,
  snoozed_until: null,
  page_url: null,
};

beforeEach(() => {
  vi.useFakeTimers();
  FakeSocket.all = [];
  vi.stubGlobal("WebSocket", FakeSocket);
  vi.stubGlobal("location", { protocol: "http:", host: "parley.test" });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("InboxHub", () => {
  it("goes live on hello, asks lists to refetch once, and passes on valid conversation frames only", () => {
    const hub = new InboxHub();
    const changes: string[] = [];
    let resets = 0;
    hub.conversationListeners.add((c) => changes.push(c.id));
    hub.resetListeners.add(() => resets++);
    const socket = FakeSocket.all[0];
    expect(socket?.url).toBe("ws://parley.test/admin/api/inbox/ws");
    expect(socket?.protocols).toEqual(["parley.v1"]);

    socket?.receive({ type: "hello", v: 1, seq: 4, presence: [{ admin_id: "1", online: true, away: true }] });
    expect(hub.state.status).toBe("live");
    expect(hub.state.presence.get("1")?.away).toBe(true);
    socket?.receive({ type: "conversation", seq: 5, conversation });
    socket?.receive({ type: "conversation", seq: 6, conversation: { ...conversation, state: "archived" } });
    socket?.receive("not json");
    expect(changes).toEqual(["7"]);
    expect(resets).toBe(1);
    hub.close();
  });

  it("reconnects after a drop with the last seq it holds and polls meanwhile", () => {
    const hub = new InboxHub();
    FakeSocket.all[0]?.receive({ type: "hello", v: 1, seq: 4, presence: [] });
    FakeSocket.all[0]?.receive({ type: "conversation", seq: 9, conversation });
    FakeSocket.all[0]?.close();
    expect(hub.state.status).toBe("offline");
    vi.advanceTimersByTime(1000);
    expect(FakeSocket.all[1]?.url).toBe("ws://parley.test/admin/api/inbox/ws?after=9");
    hub.close();
  });

  it("shows who is typing in a conversation for a few seconds", () => {
    const hub = new InboxHub();
    FakeSocket.all[0]?.receive({ type: "typing", conversation_id: "7", author: { type: "user", id: "c", name: "Ada" } });
    expect(hub.state.typing.get("7")?.name).toBe("Ada");
    vi.advanceTimersByTime(4000);
    expect(hub.state.typing.has("7")).toBe(false);
    hub.close();
  });

  it("sends client frames only while connected", () => {
    const hub = new InboxHub();
    expect(hub.send({ type: "away", away: true })).toBe(true);
    expect(FakeSocket.all[0]?.sent).toEqual(['{"type":"away","away":true}']);
    hub.close();
    expect(hub.send({ type: "ping" })).toBe(false);
  });
});
