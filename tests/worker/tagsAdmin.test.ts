import { describe, expect, it } from "vitest";
import { inboxConversationPage, parseInboxServerFrame, type InboxConversation } from "../../shared/inbox.ts";
import { aWorkspace, BASE, call, errorCode, type TestWorkspace } from "./fixtures.ts";
import { adminCookie, boot, startConversation } from "./messenger.ts";

// The admin app's side of tags: the inbox list filtered by a tag, live rows carrying tags, and
// the tags screen (usage, rename, delete).

async function createTag(ws: TestWorkspace, name: string): Promise<{ id: string; name: string }> {
  return (await call("/api/tags", { method: "POST", token: ws.token, json: { name } })).json();
}

function tagConversation(ws: TestWorkspace, conversationId: string, tagId: string): Promise<Response> {
  return call(`/api/conversations/${conversationId}/tags`, { method: "POST", token: ws.token, json: { id: tagId, admin_id: String(ws.ownerId) } });
}

async function listed(cookie: string, query: string): Promise<InboxConversation[]> {
  const response = await call(`/admin/api/inbox/conversations?${query}`, { headers: { cookie } });
  expect(response.status, await response.clone().text()).toBe(200);
  const page = inboxConversationPage.safeParse(await response.json());
  if (!page.success) throw new Error(page.error.message);
  return page.data.conversations;
}

describe("GET /admin/api/inbox/conversations?tag_id=", () => {
  it("lists only the conversations carrying the tag, each row with its tags", async () => {
    const ws = await aWorkspace();
    const cookie = await adminCookie(ws);
    const [tagged, plain] = [await startConversation(ws, await boot(ws), "Refund please"), await startConversation(ws, await boot(ws), "Hello")];
    const refund = await createTag(ws, "refund");
    expect((await tagConversation(ws, tagged.id, refund.id)).status).toBe(200);

    const rows = await listed(cookie, `tag_id=${refund.id}`);
    expect(rows.map((r) => r.id)).toEqual([tagged.id]);
    expect(rows[0]?.tags).toEqual([{ id: refund.id, name: "refund" }]);
    expect((await listed(cookie, "")).find((r) => r.id === plain.id)?.tags).toEqual([]);
    expect(await listed(cookie, `view=unassigned&state=closed&tag_id=${refund.id}`)).toEqual([]);
  });

  it("refuses a tag id that is not a number", async () => {
    const ws = await aWorkspace();
    const response = await call("/admin/api/inbox/conversations?tag_id=refund", { headers: { cookie: await adminCookie(ws) } });
    expect(await errorCode(response)).toBe("parameter_invalid");
  });
});

describe("InboxHub.tagsChanged", () => {
  it("pushes the conversation's row with its new tags to signed-in admins", async () => {
    const ws = await aWorkspace();
    const cookie = await adminCookie(ws);
    const conversation = await startConversation(ws, await boot(ws), "Bug report");
    const bug = await createTag(ws, "bug");
    const response = await call("/admin/api/inbox/ws", { headers: { upgrade: "websocket", cookie, origin: BASE } });
    const socket = response.webSocket;
    if (!socket) throw new Error(`inbox refused: ${response.status}`);
    const frame = new Promise<InboxConversation>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no tagged row pushed")), 5000);
      socket.addEventListener("message", (e) => {
        const parsed = typeof e.data === "string" ? parseInboxServerFrame(e.data) : null;
        if (parsed?.type === "conversation" && parsed.conversation.id === conversation.id && parsed.conversation.tags?.length) {
          clearTimeout(timer);
          resolve(parsed.conversation);
        }
      });
    });
    socket.accept();
    expect((await tagConversation(ws, conversation.id, bug.id)).status).toBe(200);
    expect(await frame).toMatchObject({ id: conversation.id, state: "open", last_part_preview: "Bug report", tags: [{ id: bug.id, name: "bug" }] });
    socket.close(1000);
  });
});

describe("the tags screen's endpoints", () => {
  it("lists each tag with how many contacts and conversations carry it", async () => {
    const ws = await aWorkspace();
    const cookie = await adminCookie(ws);
    const conversation = await startConversation(ws, await boot(ws), "Hi");
    const [used, unused] = [await createTag(ws, "used"), await createTag(ws, "unused")];
    await tagConversation(ws, conversation.id, used.id);
    const response = await call("/admin/api/tags", { headers: { cookie } });
    expect(await response.json()).toEqual({
      tags: [
        { type: "tag", id: unused.id, name: "unused", contacts: 0, conversations: 0 },
        { type: "tag", id: used.id, name: "used", contacts: 0, conversations: 1 },
      ],
    });
    expect((await call("/admin/api/tags", { token: ws.token })).status).toBe(401);
  });

  it("renames a tag, refusing a taken name and another workspace's tag", async () => {
    const [ws, other] = [await aWorkspace(), await aWorkspace()];
    const cookie = await adminCookie(ws);
    const [a] = [await createTag(ws, "a"), await createTag(ws, "b")];
    const theirs = await createTag(other, "c");
    const rename = (id: string, name: string) => call(`/admin/api/tags/${id}`, { method: "PATCH", json: { name }, headers: { cookie, origin: BASE } });
    expect(await (await rename(a.id, " renamed ")).json()).toEqual({ type: "tag", id: a.id, name: "renamed" });
    expect(await errorCode(await rename(a.id, "b"))).toBe("conflict");
    expect(await errorCode(await rename(a.id, ""))).toBe("parameter_invalid");
    expect((await rename(theirs.id, "mine now")).status).toBe(404);
  });

  it("deletes a tag for good", async () => {
    const ws = await aWorkspace();
    const cookie = await adminCookie(ws);
    const gone = await createTag(ws, "gone");
    const remove = () => call(`/admin/api/tags/${gone.id}`, { method: "DELETE", headers: { cookie, origin: BASE } });
    expect((await remove()).status).toBe(204);
    expect((await remove()).status).toBe(404);
    expect(await (await call("/api/tags", { token: ws.token })).json()).toEqual({ type: "list", data: [] });
  });
});
