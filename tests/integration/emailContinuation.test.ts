import { describe, expect, inject, it } from "vitest";

// CONTRACT §7 against `wrangler dev` (tests/e2e/server.ts sets PARLEY_EMAIL_DELAY_S to 2 s): an
// admin's reply the messenger did not show is emailed, and the contact's answer, posted the way
// Email Routing would hand it over (/cdn-cgi/handler/email), comes back into the conversation.

async function api(path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${inject("baseUrl")}/api${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${inject("demo").apiToken}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
  const data: unknown = await response.json();
  return typeof data === "object" && data !== null ? Object.fromEntries(Object.entries(data)) : {};
}

async function emailsOf(conversationId: string): Promise<{ reply_to?: unknown; to?: unknown; text?: unknown }[]> {
  const list = await api(`/emails?conversation_id=${conversationId}`);
  return Array.isArray(list.data) ? list.data : [];
}

async function lastPartBody(conversationId: string): Promise<string> {
  const conversation = await api(`/conversations/${conversationId}`);
  const parts = conversation.conversation_parts;
  const list = typeof parts === "object" && parts !== null && "conversation_parts" in parts && Array.isArray(parts.conversation_parts) ? parts.conversation_parts : [];
  const last: unknown = list.at(-1);
  return typeof last === "object" && last !== null && "body" in last ? String(last.body) : "";
}

function sendEmail(from: string, to: string, text: string): Promise<Response> {
  const raw = [`From: ${from}`, `To: ${to}`, "Subject: Re: Your conversation", `Message-ID: <${crypto.randomUUID()}@example.org>`, "Content-Type: text/plain; charset=utf-8", "", text, "", `On Mon, 6 Jan 2025 at 10:02, Owner <${to}> wrote:`, "> Tuesday works.", ""].join("\r\n");
  const query = new URLSearchParams({ from, to });
  return fetch(`${inject("baseUrl")}/cdn-cgi/handler/email?${query}`, { method: "POST", body: raw });
}

describe("email continuation under wrangler dev", () => {
  it("emails an unseen admin reply and takes the contact's emailed answer back into the conversation", async () => {
    const stamp = Date.now();
    const email = `bob-${stamp}@example.org`;
    const contact = await api("/contacts", { role: "user", external_id: `email-${stamp}`, email });
    const started = await api("/conversations", { from: { type: "user", id: String(contact.id) }, body: "Can we meet?" });
    const conversationId = String(started.conversation_id);
    const me = await api("/me");
    await api(`/conversations/${conversationId}/reply`, { message_type: "comment", type: "admin", admin_id: String(me.id), body: "Tuesday works." });

    await expect.poll(async () => (await emailsOf(conversationId)).length, { timeout: 20_000, interval: 250 }).toBe(1);
    const [sent] = await emailsOf(conversationId);
    expect(sent?.to).toBe(email);
    const replyTo = String(sent?.reply_to);
    expect(replyTo).toMatch(/^reply-[0-9]+-[0-9]+-[0-9a-f]{24}@/);

    expect((await sendEmail(`eve-${stamp}@example.org`, replyTo, "Let me in")).ok).toBe(true);
    expect(await lastPartBody(conversationId)).toContain("Tuesday works.");
    expect((await sendEmail(email, replyTo, "See you then!")).ok).toBe(true);
    await expect.poll(() => lastPartBody(conversationId), { timeout: 10_000, interval: 250 }).toBe("<p>See you then!</p>");
  });
});
