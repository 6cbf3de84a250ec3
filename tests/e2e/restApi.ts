import { expect, inject } from "vitest";

// The demo workspace's REST API as browser tests drive it: the admin side of a conversation.

/** One call with the demo API token; anything but 200 fails the test with the answer's text. */
export async function api(path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${inject("baseUrl")}/api${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${inject("demo").apiToken}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
  const data: unknown = await response.json();
  return typeof data === "object" && data !== null ? Object.fromEntries(Object.entries(data)) : {};
}

/** The conversation's id, found through the REST search an API client would use. */
export async function conversationWith(text: string): Promise<string> {
  const found = await api("/conversations/search", { query: { field: "source.body", operator: "~", value: text } });
  const list = Array.isArray(found.conversations) ? found.conversations : [];
  const first: unknown = list[0];
  if (typeof first !== "object" || first === null || !("id" in first)) throw new Error(`no conversation containing ${text}`);
  return String(first.id);
}

export async function adminReply(conversationId: string, body: string): Promise<void> {
  const me = await api("/me");
  await api(`/conversations/${conversationId}/reply`, { message_type: "comment", type: "admin", admin_id: String(me.id), body });
}
