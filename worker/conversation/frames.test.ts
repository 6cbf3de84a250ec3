import { describe, expect, it } from "vitest";
import type { Author } from "../../shared/protocol.ts";
import { decideFrame, MAX_FRAME_CHARS, type SocketState } from "./frames.ts";
import { SEND_BURST } from "../../shared/conversation/sendLimit.ts";

const visitor: SocketState = { role: "user", author: { type: "user", id: "c", name: null } satisfies Author, lastTypingAt: undefined, sendTimes: [] };
const admin: SocketState = { ...visitor, role: "admin", author: { type: "admin", id: "1", name: "Ann" } };
const send = (body: string, kind?: "note") => JSON.stringify({ type: "send", client_id: "m1", body, ...(kind ? { kind } : {}) });

describe("decideFrame", () => {
  it("turns a message into a part by the socket's author", () => {
    const action = decideFrame(visitor, send("hello"), 5_000);
    expect(action).toMatchObject({ do: "send", clientId: "m1", part: { partType: "comment", author: visitor.author, body: "hello", createdAt: 5 }, sendTimes: [5_000] });
  });

  it("refuses notes from contacts, empty and oversized messages, with the client id", () => {
    expect(decideFrame(visitor, send("psst", "note"), 0)).toMatchObject({ do: "refuse", error: { code: "forbidden", client_id: "m1" } });
    expect(decideFrame(admin, send("psst", "note"), 0)).toMatchObject({ do: "send", part: { partType: "note" } });
    expect(decideFrame(visitor, send("   "), 0)).toMatchObject({ do: "refuse", error: { code: "invalid_frame", client_id: "m1" } });
    expect(decideFrame(visitor, send("x".repeat(11 * 1024)), 0)).toMatchObject({ do: "refuse", error: { code: "too_large", client_id: "m1" } });
  });

  it("refuses a frame too long to parse before parsing it, and binary or malformed frames", () => {
    expect(decideFrame(visitor, `{"type":"send","client_id":"m1","body":"${"x".repeat(MAX_FRAME_CHARS)}"}`, 0)).toMatchObject({ do: "refuse", error: { code: "too_large" } });
    expect(decideFrame(visitor, new ArrayBuffer(4), 0)).toMatchObject({ do: "refuse", error: { code: "invalid_frame" } });
    expect(decideFrame(visitor, "{nope", 0)).toMatchObject({ do: "refuse", error: { code: "invalid_frame" } });
    expect(decideFrame(visitor, '{"type":"shout"}', 0)).toMatchObject({ do: "refuse", error: { code: "invalid_frame" } });
  });

  it("rate-limits a burst of messages from one socket", () => {
    const busy = { ...visitor, sendTimes: Array.from({ length: SEND_BURST }, (_, i) => 1_000 + i) };
    expect(decideFrame(busy, send("again"), 2_000)).toMatchObject({ do: "refuse", error: { code: "rate_limited" } });
  });

  it("relays typing at most once per interval and answers pings", () => {
    expect(decideFrame(visitor, '{"type":"typing"}', 10_000)).toEqual({ do: "typing", relayedAt: 10_000 });
    expect(decideFrame({ ...visitor, lastTypingAt: 9_500 }, '{"type":"typing"}', 10_000)).toEqual({ do: "ignore" });
    expect(decideFrame(visitor, '{"type":"ping"}', 0)).toEqual({ do: "pong" });
    expect(decideFrame(visitor, '{"type":"read","seq":4}', 0)).toEqual({ do: "read", seq: 4 });
  });
});
