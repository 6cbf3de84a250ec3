import { evictDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { MAX_PART_BYTES } from "../../shared/protocol.ts";
import { aWorkspace, call } from "./fixtures.ts";
import { adminCookie, adminSocket, boot, room, startConversation, visitorSocket } from "./messenger.ts";

describe("ConversationRoom resume", () => {
  it("delivers exactly the parts a reconnecting client missed, in order, before live parts", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const conv = await startConversation(ws, visitor, "first");
    const cookie = await adminCookie(ws);
    const admin = await adminSocket(ws, cookie, conv.id);
    await admin.next((f) => f.type === "synced");
    for (const text of ["two", "three", "four"]) {
      admin.send({ type: "send", client_id: crypto.randomUUID(), body: text });
      await admin.next((f) => f.type === "ack" && admin.frames.filter((x) => x.type === "ack").length === ["two", "three", "four"].indexOf(text) + 1);
    }
    const resumed = await visitorSocket(ws, visitor, conv.id, 2);
    const synced = await resumed.next((f) => f.type === "synced");
    expect(synced).toEqual({ type: "synced", last_seq: 4 });
    expect(resumed.parts()).toEqual([3, 4]);
    admin.send({ type: "send", client_id: "live-1", body: "live" });
    await resumed.next((f) => f.type === "part" && f.part.seq === 5);
    expect(resumed.parts()).toEqual([3, 4, 5]);
    const kinds = resumed.frames.map((f) => f.type);
    expect(kinds.indexOf("synced")).toBeLessThan(kinds.lastIndexOf("part"));
    resumed.close();
    admin.close();
  });
});

describe("ConversationRoom client ids", () => {
  it("stores a retried part once and acknowledges it with the original seq", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const conv = await startConversation(ws, visitor);
    const socket = await visitorSocket(ws, visitor, conv.id, conv.seq);
    socket.send({ type: "send", client_id: "same", body: "once" });
    const first = await socket.next((f) => f.type === "ack");
    socket.send({ type: "send", client_id: "same", body: "once" });
    await socket.next((f) => f.type === "ack" && socket.frames.filter((x) => x.type === "ack").length === 2);
    const acks = socket.frames.filter((f) => f.type === "ack");
    expect(acks).toEqual([first, first]);
    const snapshot = await room(ws, conv.id).snapshot("admin");
    expect(snapshot?.parts.filter((p) => p.client_id === "same")).toHaveLength(1);
    socket.close();
  });

  it("keeps a retried conversation start to one conversation", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const a = await startConversation(ws, visitor, "hi", "start-1");
    const b = await startConversation(ws, visitor, "hi", "start-1");
    expect(b).toEqual(a);
  });
});

describe("ConversationRoom frames", () => {
  it("answers malformed frames with an error and keeps the socket open", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const conv = await startConversation(ws, visitor);
    const socket = await visitorSocket(ws, visitor, conv.id, conv.seq);
    for (const bad of ["not json", "{}", '{"type":"send"}', '{"type":"read","seq":"x"}', "[1,2]"]) socket.send(bad);
    await socket.next((f) => f.type === "error" && socket.frames.filter((x) => x.type === "error").length === 5);
    socket.send({ type: "send", client_id: "after-errors", body: "still here" });
    expect(await socket.next((f) => f.type === "ack")).toMatchObject({ client_id: "after-errors", seq: 2 });
    socket.close();
  });

  it("refuses parts over 10 KB of text with a clear error", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const conv = await startConversation(ws, visitor);
    const socket = await visitorSocket(ws, visitor, conv.id, conv.seq);
    socket.send({ type: "send", client_id: "big", body: "x".repeat(MAX_PART_BYTES + 1) });
    expect(await socket.next((f) => f.type === "error")).toMatchObject({ code: "too_large", client_id: "big", message: expect.stringContaining("10 KB") });
    socket.close();
  });

  it("lets only admins write notes and never shows them to the contact", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const conv = await startConversation(ws, visitor);
    const user = await visitorSocket(ws, visitor, conv.id, conv.seq);
    const admin = await adminSocket(ws, await adminCookie(ws), conv.id, conv.seq);
    user.send({ type: "send", client_id: "n1", body: "sneaky", kind: "note" });
    expect(await user.next((f) => f.type === "error")).toMatchObject({ code: "forbidden" });
    admin.send({ type: "send", client_id: "n2", body: "internal only", kind: "note" });
    admin.send({ type: "send", client_id: "c3", body: "public reply" });
    await user.next((f) => f.type === "part" && f.part.body === "public reply");
    expect(user.frames.some((f) => f.type === "part" && f.part.part_type === "note")).toBe(false);
    const seen = await call(`/messenger/${ws.appId}/conversations/${conv.id}`, { headers: { authorization: `Bearer ${visitor.token}` } });
    expect(await seen.text()).not.toContain("internal only");
    user.close();
    admin.close();
  });

  it("relays typing to the other side only", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const conv = await startConversation(ws, visitor);
    const user = await visitorSocket(ws, visitor, conv.id, conv.seq);
    const admin = await adminSocket(ws, await adminCookie(ws), conv.id, conv.seq);
    await user.next((f) => f.type === "synced");
    admin.send({ type: "typing" });
    expect(await user.next((f) => f.type === "typing")).toMatchObject({ author: { type: "admin" } });
    expect(admin.frames.some((f) => f.type === "typing")).toBe(false);
    user.close();
    admin.close();
  });
});

describe("ConversationRoom durability", () => {
  it("keeps its log, read state and seq across eviction", async () => {
    const ws = await aWorkspace();
    const visitor = await boot(ws);
    const conv = await startConversation(ws, visitor, "before eviction");
    const stub = room(ws, conv.id);
    const socket = await visitorSocket(ws, visitor, conv.id, conv.seq);
    socket.send({ type: "send", client_id: "e1", body: "second" });
    await socket.next((f) => f.type === "ack");
    await evictDurableObject(stub);
    socket.send({ type: "send", client_id: "e2", body: "after hibernation" });
    expect(await socket.next((f) => f.type === "ack" && f.client_id === "e2")).toMatchObject({ seq: 3 });
    await evictDurableObject(stub, { webSockets: "close" });
    const snapshot = await stub.snapshot("admin");
    expect(snapshot?.parts.map((p) => p.body)).toEqual(["before eviction", "second", "after hibernation"]);
    expect(snapshot?.meta.readUser).toBe(3);
  });
});
