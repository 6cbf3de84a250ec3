import { describe, expect, it } from "vitest";
import { inboxConversationPage, parseInboxServerFrame, type InboxConversation, type InboxConversationPage } from "../../shared/inbox.ts";
import { insertContact, newContactId } from "../../worker/db/contacts.ts";
import { insertConversation, type NewConversation } from "../../worker/db/conversations.ts";
import { aTeam, aWorkspace, BASE, call, db, errorCode, type TestWorkspace } from "./fixtures.ts";
import { adminCookie, boot, startConversation } from "./messenger.ts";

const LIST = "/admin/api/inbox/conversations";

async function list(cookie: string, query = ""): Promise<InboxConversationPage> {
  const response = await call(`${LIST}${query ? `?${query}` : ""}`, { headers: { cookie } });
  expect(response.status, await response.clone().text()).toBe(200);
  const parsed = inboxConversationPage.safeParse(await response.json());
  if (!parsed.success) throw new Error(`not an inbox page: ${parsed.error.message}`);
  return parsed.data;
}

const ids = async (cookie: string, query = "") => (await list(cookie, query)).conversations.map((c) => c.id);

async function aContact(ws: TestWorkspace, patch: { name?: string; email?: string } = {}): Promise<string> {
  const contact = await insertContact(db(), { id: newContactId(1_700_000_000), workspaceId: ws.workspaceId, role: "user", createdAt: 1, updatedAt: 1, ...patch });
  return contact.id;
}

/** A list row written straight to D1, as the hub leaves it; `at` is its last activity. */
async function aConversation(ws: TestWorkspace, contactId: string, at: number, patch: Partial<NewConversation> = {}): Promise<string> {
  const row = await insertConversation(db(), {
    workspaceId: ws.workspaceId,
    contactId,
    sourceAuthorType: "user",
    sourceAuthorId: contactId,
    sourceBody: "First words",
    createdAt: at,
    updatedAt: at,
    lastPartAt: at,
    lastPartAuthorType: "user",
    lastPartPreview: "Latest words",
    ...patch,
  });
  return String(row.id);
}

/** Waits for the hub's frame about a conversation that satisfies `test`. */
async function hubFrame(cookie: string, test: (c: InboxConversation) => boolean, act: () => Promise<void>): Promise<InboxConversation> {
  const response = await call("/admin/api/inbox/ws?after=0", { headers: { upgrade: "websocket", cookie, origin: BASE } });
  const socket = response.webSocket;
  if (!socket) throw new Error(`inbox refused: ${response.status}`);
  const seen = new Promise<InboxConversation>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no matching hub frame")), 5000);
    socket.addEventListener("message", (e) => {
      const frame = typeof e.data === "string" ? parseInboxServerFrame(e.data) : null;
      if (frame?.type === "conversation" && test(frame.conversation)) {
        clearTimeout(timer);
        resolve(frame.conversation);
      }
    });
  });
  socket.accept();
  await act();
  const found = await seen;
  socket.close(1000);
  return found;
}

describe("GET /admin/api/inbox/conversations", () => {
  it("answers rows exactly as the inbox hub pushes them, previewing the latest message and naming the contact", async () => {
    const ws = await aWorkspace();
    const cookie = await adminCookie(ws);
    const visitor = await boot(ws, { name: "Grace Hopper" });
    let conversationId = "";
    await hubFrame(cookie, (c) => c.last_part_preview === "First question", async () => {
      conversationId = (await startConversation(ws, visitor, "First question")).id;
    });
    const pushed = await hubFrame(cookie, (c) => c.last_part_preview === "A later detail", async () => {
      const reply = await call(`/api/conversations/${conversationId}/reply`, {
        method: "POST",
        token: ws.token,
        json: { type: "user", message_type: "comment", intercom_user_id: visitor.visitorId, body: "A later detail" },
      });
      expect(reply.status, await reply.clone().text()).toBe(200);
    });

    const page = await list(cookie);
    expect(page).toEqual({ conversations: [pushed], next_cursor: null });
    expect(pushed.contact.name).toBe("Grace Hopper");
  });

  it("lists mine, unassigned, a team's and all conversations of a state, newest activity first", async () => {
    const ws = await aWorkspace();
    const cookie = await adminCookie(ws);
    const sales = await aTeam(ws, "Sales", [ws.ownerId]);
    const contact = await aContact(ws);
    const mine = await aConversation(ws, contact, 100, { adminAssigneeId: ws.ownerId });
    const queued = await aConversation(ws, contact, 300, { teamAssigneeId: sales });
    const salesMine = await aConversation(ws, contact, 200, { teamAssigneeId: sales, adminAssigneeId: ws.ownerId });
    const someoneElse = await aConversation(ws, contact, 400, { adminAssigneeId: ws.ownerId + 1000 });
    const closed = await aConversation(ws, contact, 500, { state: "closed" });
    const snoozed = await aConversation(ws, contact, 600, { state: "snoozed", snoozedUntil: 9_999_999_999 });

    expect(await ids(cookie, "view=mine&state=open")).toEqual([salesMine, mine]);
    expect(await ids(cookie, "view=unassigned&state=open")).toEqual([queued]);
    expect(await ids(cookie, `view=team&team_id=${sales}&state=open`)).toEqual([queued, salesMine]);
    expect(await ids(cookie, "view=all&state=open")).toEqual([someoneElse, queued, salesMine, mine]);
    expect(await ids(cookie, "view=unassigned&state=closed")).toEqual([closed]);
    expect(await ids(cookie, "state=snoozed")).toEqual([snoozed]);
    expect(await ids(cookie)).toEqual([snoozed, closed, someoneElse, queued, salesMine, mine]);
  });

  it("narrows to one contact, and to a search term in messages, names or emails", async () => {
    const ws = await aWorkspace();
    const cookie = await adminCookie(ws);
    const ada = await aContact(ws, { name: "Ada Lovelace", email: "ada@example.com" });
    const bob = await aContact(ws, { name: "Bob" });
    const adaFirst = await aConversation(ws, ada, 100);
    const adaSecond = await aConversation(ws, ada, 200, { lastPartPreview: "Where is my REFUND?" });
    const bobs = await aConversation(ws, bob, 300, { sourceBody: "I want a refund" });

    expect(await ids(cookie, `contact_id=${ada}`)).toEqual([adaSecond, adaFirst]);
    expect(await ids(cookie, "q=refund")).toEqual([bobs, adaSecond]);
    expect(await ids(cookie, "q=LOVELACE")).toEqual([adaSecond, adaFirst]);
    expect(await ids(cookie, "q=ada%40example")).toEqual([adaSecond, adaFirst]);
    expect(await ids(cookie, "q=re_und")).toEqual([]);
  });

  it("pages through every row once, in order, when several share a timestamp", async () => {
    const ws = await aWorkspace();
    const cookie = await adminCookie(ws);
    const contact = await aContact(ws);
    const made = [];
    for (const at of [500, 400, 400, 400, 300]) made.push(await aConversation(ws, contact, at));
    const expected = [made[0], made[3], made[2], made[1], made[4]];

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: InboxConversationPage = await list(cookie, `per_page=2${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.conversations.map((c) => c.id));
      cursor = page.next_cursor;
      pages++;
    } while (cursor !== null && pages < 10);
    expect(seen).toEqual(expected);
    expect(pages).toBe(3);
  });

  it("never shows another workspace's conversations, teams or contacts", async () => {
    const ws = await aWorkspace();
    const other = await aWorkspace();
    const cookie = await adminCookie(ws);
    const otherTeam = await aTeam(other, "Sales", [other.ownerId]);
    const otherContact = await aContact(other, { name: "Secret Sam" });
    await aConversation(other, otherContact, 100, { teamAssigneeId: otherTeam });
    await aConversation(other, otherContact, 200, { adminAssigneeId: ws.ownerId });
    const own = await aConversation(ws, await aContact(ws), 50);

    expect(await ids(cookie)).toEqual([own]);
    expect(await ids(cookie, "view=unassigned")).toEqual([own]);
    expect(await ids(cookie, "view=mine")).toEqual([]);
    expect(await ids(cookie, `view=team&team_id=${otherTeam}`)).toEqual([]);
    expect(await ids(cookie, `contact_id=${otherContact}`)).toEqual([]);
    expect(await ids(cookie, "q=secret")).toEqual([]);
  });

  it("refuses bad parameters with a 400 error list", async () => {
    const ws = await aWorkspace();
    const cookie = await adminCookie(ws);
    for (const query of ["view=everything", "view=team", "view=mine&team_id=1", "state=pending", "cursor=bm90LWEtY3Vyc29y", "per_page=500", "q=", "contact_id=x", "sort=asc"]) {
      const response = await call(`${LIST}?${query}`, { headers: { cookie } });
      expect(response.status, query).toBe(400);
      const body: unknown = await response.clone().json();
      expect(body, query).toMatchObject({ type: "error.list", errors: [{ code: "parameter_invalid", message: expect.any(String) }] });
    }
  });

  it("takes the admin session only, not an API token", async () => {
    const ws = await aWorkspace();
    expect(await errorCode(await call(LIST))).toBe("unauthorized");
    expect(await errorCode(await call(LIST, { token: ws.token }))).toBe("unauthorized");
  });
});
