import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Part } from "../../shared/protocol.ts";
import { roomOf } from "../../worker/durable/stubs.ts";
import { aContact } from "./engageFixtures.ts";
import { aWorkspace, call, type TestWorkspace } from "./fixtures.ts";

// A long conversation read by id shows its source and its 500 latest parts, as Intercom does; the
// export still carries every part.

type PartView = { id: string; body: string | null };
type View = { source: { body: string }; conversation_parts: { conversation_parts: PartView[]; total_count: number } };

/** A conversation of `count` parts: the REST-started source, then numbered replies restored into its room. */
async function aLongConversation(ws: TestWorkspace, count: number): Promise<number> {
  const contact = await aContact(ws);
  const started = await (await call("/api/conversations", { method: "POST", token: ws.token, json: { from: { type: "user", id: contact.id }, body: "The source" } })).json<{ conversation_id: string }>();
  const id = Number(started.conversation_id);
  const room = roomOf(env, ws.workspaceId, id);
  const log = await room.log(0, 1);
  if (!log) throw new Error("no room");
  const replies: Part[] = Array.from({ length: count - 1 }, (_, k) => ({
    seq: k + 2, client_id: null, part_type: "comment", author: { type: "admin", id: String(ws.ownerId), name: "Owner" }, body: `Reply ${k + 2}`, created_at: 1_700_000_000 + k,
  }));
  await room.restore(log.meta, replies);
  return id;
}

describe("GET /conversations/{id} of a long conversation", () => {
  it("shows the source and the 500 latest parts in order, and counts every part", async () => {
    const ws = await aWorkspace();
    const id = await aLongConversation(ws, 620);
    const view = await (await call(`/api/conversations/${id}`, { token: ws.token })).json<View>();
    expect(view.source.body).toBe("<p>The source</p>");
    const parts = view.conversation_parts.conversation_parts;
    expect(view.conversation_parts.total_count).toBe(619);
    expect(parts).toHaveLength(500);
    expect(parts[0]).toMatchObject({ id: `${id}-121`, body: "<p>Reply 121</p>" });
    expect(parts.at(-1)).toMatchObject({ id: `${id}-620`, body: "<p>Reply 620</p>" });
    expect(parts.map((p) => Number(p.id.split("-")[1]))).toEqual(Array.from({ length: 500 }, (_, k) => 121 + k));
  });

  it("shows every part of a conversation of 500 parts or fewer", async () => {
    const ws = await aWorkspace();
    const id = await aLongConversation(ws, 501);
    const view = await (await call(`/api/conversations/${id}`, { token: ws.token })).json<View>();
    expect(view.conversation_parts.total_count).toBe(500);
    expect(view.conversation_parts.conversation_parts.map((p) => p.body)).toEqual(Array.from({ length: 500 }, (_, k) => `<p>Reply ${k + 2}</p>`));
  });

  it("leaves the export every part", async () => {
    const ws = await aWorkspace();
    const id = await aLongConversation(ws, 620);
    const text = await (await call("/api/export", { token: ws.token })).text();
    const line = text.split("\n").map((l): unknown => JSON.parse(l || "null")).find((l): l is View & { id: string } => typeof l === "object" && l !== null && "id" in l && l.id === String(id) && "conversation_parts" in l);
    expect(line?.conversation_parts.conversation_parts).toHaveLength(620);
  });
});

describe("ConversationRoom.recent", () => {
  it("cuts at a seq: the source, the latest parts up to it, and the count up to it", async () => {
    const ws = await aWorkspace();
    const id = await aLongConversation(ws, 400);
    const recent = await roomOf(env, ws.workspaceId, id).recent(300, 100);
    expect(recent?.total).toBe(300);
    expect(recent?.parts.map((p) => p.seq)).toEqual([1, ...Array.from({ length: 100 }, (_, k) => 201 + k)]);
  });

  it("answers null for a conversation that does not exist", async () => {
    expect(await roomOf(env, 999_999, 1).recent(null, 10)).toBeNull();
  });
});
