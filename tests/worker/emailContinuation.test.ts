import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { insertAdmin } from "../../worker/db/admins.ts";
import worker from "../../worker/index.ts";
import { aWorkspace, call, db, type TestWorkspace } from "./fixtures.ts";
import { room } from "./messenger.ts";

interface Email {
  type: string;
  id: string;
  to: string;
  reply_to: string | null;
  subject: string;
  text: string;
  sent_at: number;
  conversation_id: string | null;
}
interface Part {
  part_type: string;
  body: string | null;
  author: { type: string; id: string };
}

const now = () => Math.floor(Date.now() / 1000);
// The delay is 60 s: a comment written 2 minutes ago is due the moment it is stored.
const LONG_AGO = 120;

async function aContact(ws: TestWorkspace, email: string | null): Promise<string> {
  const response = await call("/api/contacts", { method: "POST", token: ws.token, json: { role: "user", external_id: crypto.randomUUID(), ...(email ? { email } : {}) } });
  const body: { id: string } = await response.json();
  return body.id;
}

async function aConversation(ws: TestWorkspace, contactId: string): Promise<string> {
  const response = await call("/api/conversations", { method: "POST", token: ws.token, json: { from: { type: "user", id: contactId }, body: "Can we talk on Tuesday?" } });
  const body: { conversation_id: string } = await response.json();
  return String(body.conversation_id);
}

function adminComment(ws: TestWorkspace, conversationId: string, body: string, createdAt: number) {
  return room(ws, conversationId).post({ clientId: null, partType: "comment", author: { type: "admin", id: String(ws.ownerId), name: "Ann" }, body, createdAt });
}

async function emails(ws: TestWorkspace, query = ""): Promise<Email[]> {
  const response = await call(`/api/emails${query}`, { token: ws.token });
  expect(response.status).toBe(200);
  const body: { type: string; data: Email[] } = await response.json();
  expect(body.type).toBe("list");
  return body.data;
}

async function emailsOnceSent(ws: TestWorkspace, query: string, count: number): Promise<Email[]> {
  await expect.poll(async () => (await emails(ws, query)).length, { timeout: 8000, interval: 100 }).toBe(count);
  return emails(ws, query);
}

async function parts(ws: TestWorkspace, conversationId: string): Promise<Part[]> {
  const response = await call(`/api/conversations/${conversationId}`, { token: ws.token });
  const body: { conversation_parts: { conversation_parts: Part[] } } = await response.json();
  return body.conversation_parts.conversation_parts;
}

/** What the Worker's email() handler is given: the envelope and the raw message. */
function inbound(from: string, to: string, raw: string): ForwardableEmailMessage {
  return {
    from,
    to,
    raw: new Response(raw).body ?? new ReadableStream(),
    rawSize: raw.length,
    canBeForwarded: false,
    headers: new Headers(),
    setReject: () => undefined,
    forward: () => Promise.reject(new Error("not forwarded in tests")),
    reply: () => Promise.reject(new Error("no replies in tests")),
  };
}

const gmailReply = (from: string, to: string, text: string) =>
  [
    `From: Bob Example <${from}>`,
    `To: ${to}`,
    "Subject: Re: Your conversation",
    `Message-ID: <${crypto.randomUUID()}@mail.example.org>`,
    'Content-Type: multipart/alternative; boundary="000b"',
    "",
    "--000b",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: quoted-printable",
    "",
    text,
    "",
    `On Mon, 6 Jan 2025 at 10:02, Ann <${to}> wrote:`,
    "",
    "> Tuesday at ten works for us.",
    "",
    "--000b",
    "Content-Type: text/html; charset=UTF-8",
    "",
    "<div>ignored</div>",
    "--000b--",
    "",
  ].join("\r\n");

async function emailedConversation() {
  const ws = await aWorkspace();
  const contactId = await aContact(ws, "bob@example.org");
  const conversationId = await aConversation(ws, contactId);
  await adminComment(ws, conversationId, "Tuesday at ten works for us.", now() - LONG_AGO);
  const [email] = await emailsOnceSent(ws, `?conversation_id=${conversationId}`, 1);
  if (!email?.reply_to) throw new Error("no reply_to");
  return { ws, contactId, conversationId, replyTo: email.reply_to };
}

describe("email continuation", () => {
  it("emails an admin's comment no messenger has shown, with a reply_to unique to the conversation", async () => {
    const ws = await aWorkspace();
    const contactId = await aContact(ws, "bob@example.org");
    const first = await aConversation(ws, contactId);
    const second = await aConversation(ws, contactId);
    await adminComment(ws, first, "Tuesday at ten works for us.", now() - LONG_AGO);
    await adminComment(ws, second, "About your invoice", now() - LONG_AGO);
    const [a] = await emailsOnceSent(ws, `?conversation_id=${first}`, 1);
    const [b] = await emailsOnceSent(ws, `?conversation_id=${second}`, 1);
    expect(a).toMatchObject({ type: "email", to: "bob@example.org", conversation_id: first, reply_to: expect.stringMatching(/^reply-[0-9]+-[0-9]+-[0-9a-f]{24}@/) });
    expect(a?.text).toContain("Tuesday at ten works for us.");
    expect(b?.reply_to).not.toBe(a?.reply_to);
  });

  it("waits the delay, and sends nothing for a comment the messenger showed meanwhile", async () => {
    const ws = await aWorkspace();
    const contactId = await aContact(ws, "bob@example.org");
    const shown = await aConversation(ws, contactId);
    const unseen = await aConversation(ws, contactId);
    const soon = now() - 57;
    const stored = await adminComment(ws, shown, "Seen in the messenger", soon);
    if (!stored.ok) throw new Error(stored.message);
    await room(ws, shown).markRead("user", stored.part.seq);
    await adminComment(ws, unseen, "Not seen anywhere", soon);
    expect(await emails(ws)).toEqual([]);
    const [email] = await emailsOnceSent(ws, "", 1);
    expect(email?.conversation_id).toBe(unseen);
    // Past the shown comment's due time too: still only the unseen one.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await emails(ws)).map((e) => e.conversation_id)).toEqual([unseen]);
  });

  it("sends nothing to a contact without an email", async () => {
    const ws = await aWorkspace();
    const conversationId = await aConversation(ws, await aContact(ws, null));
    await adminComment(ws, conversationId, "Anyone there?", now() - LONG_AGO);
    const withEmail = await aConversation(ws, await aContact(ws, "carol@example.org"));
    await adminComment(ws, withEmail, "Hello Carol", now() - LONG_AGO);
    await emailsOnceSent(ws, `?conversation_id=${withEmail}`, 1);
    expect(await emails(ws, `?conversation_id=${conversationId}`)).toEqual([]);
  });
});

describe("GET /emails", () => {
  it("lists every email newest first, narrowed by contact and conversation", async () => {
    const ws = await aWorkspace();
    const bob = await aContact(ws, "bob@example.org");
    const carol = await aContact(ws, "carol@example.org");
    const first = await aConversation(ws, bob);
    await adminComment(ws, first, "First", now() - LONG_AGO);
    await emailsOnceSent(ws, "", 1);
    const second = await aConversation(ws, carol);
    await adminComment(ws, second, "Second", now() - LONG_AGO);
    const all = await emailsOnceSent(ws, "", 2);
    expect(all.map((e) => e.conversation_id)).toEqual([second, first]);
    expect(Object.keys(all[0] ?? {}).sort()).toEqual(["conversation_id", "id", "reply_to", "sent_at", "subject", "text", "to", "type"]);
    expect((await emails(ws, `?contact_id=${bob}`)).map((e) => e.to)).toEqual(["bob@example.org"]);
    expect(await emails(ws, `?contact_id=${carol}&conversation_id=${first}`)).toEqual([]);
    const other = await aWorkspace();
    expect(await emails(other)).toEqual([]);
    const bad = await call("/api/emails?conversation_id=abc", { token: ws.token });
    expect(bad.status).toBe(400);
  });
});

describe("email()", () => {
  it("adds the contact's emailed reply to the conversation, without the quoted text", async () => {
    const { ws, conversationId, replyTo } = await emailedConversation();
    await worker.email(inbound("bob@example.org", replyTo, gmailReply("bob@example.org", replyTo, "Great, see you then=21")), env);
    const last = (await parts(ws, conversationId)).at(-1);
    expect(last).toMatchObject({ part_type: "comment", body: "<p>Great, see you then!</p>", author: { type: "user" } });
  });

  it("adds nothing from another sender, even one writing the contact's From header", async () => {
    const { ws, conversationId, replyTo } = await emailedConversation();
    const before = await parts(ws, conversationId);
    await worker.email(inbound("eve@example.org", replyTo, gmailReply("eve@example.org", replyTo, "Let me in")), env);
    await worker.email(inbound("eve@example.org", replyTo, gmailReply("bob@example.org", replyTo, "Let me in")), env);
    expect(await parts(ws, conversationId)).toEqual(before);
  });

  it("adds nothing to a reply_to address with a changed signature or conversation", async () => {
    const { ws, conversationId, replyTo } = await emailedConversation();
    const before = await parts(ws, conversationId);
    const sig = /-([0-9a-f]{24})@/.exec(replyTo)?.[1] ?? "";
    const tampered = replyTo.replace(sig, `${sig.slice(0, -1)}${sig.endsWith("a") ? "b" : "a"}`);
    await worker.email(inbound("bob@example.org", tampered, gmailReply("bob@example.org", tampered, "Tampered")), env);
    const other = replyTo.replace(`-${conversationId}-`, `-${Number(conversationId) + 1}-`);
    await worker.email(inbound("bob@example.org", other, gmailReply("bob@example.org", other, "Elsewhere")), env);
    expect(await parts(ws, conversationId)).toEqual(before);
  });
});

describe("assignment notices", () => {
  it("email an offline admin given a conversation, not an admin taking it themselves", async () => {
    const ws = await aWorkspace();
    const colleague = await insertAdmin(db(), { workspaceId: ws.workspaceId, email: `bo@${ws.appId}.example`, name: "Bo", passwordHash: "x", role: "admin", createdAt: now() });
    const conversationId = await aConversation(ws, await aContact(ws, null));
    const assign = (assignee: number) =>
      call(`/api/conversations/${conversationId}/parts`, { method: "POST", token: ws.token, json: { message_type: "assignment", type: "admin", admin_id: ws.ownerId, assignee_id: assignee } });
    expect((await assign(ws.ownerId)).status).toBe(200);
    expect((await assign(colleague.id)).status).toBe(200);
    const [notice, ...rest] = await emailsOnceSent(ws, "", 1);
    expect(notice).toMatchObject({ to: colleague.email, conversation_id: null, reply_to: null });
    expect(notice?.text).toContain(`/admin/#/inbox/mine/open/${conversationId}`);
    expect(rest).toEqual([]);
  });
});
