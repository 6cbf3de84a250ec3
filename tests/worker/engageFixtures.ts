import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect } from "vitest";
import type { Rule } from "../../shared/rules/index.ts";
import { insertContact, newContactId } from "../../worker/db/contacts.ts";
import type { Contact, NewContact } from "../../worker/db/schema.ts";
import worker from "../../worker/index.ts";
import { call, db, type TestWorkspace } from "./fixtures.ts";

export const DAY = 86_400;
/** A fixed "now" for scheduled runs, far from the wall clock so nothing depends on it. */
export const T = 1_900_000_000;
let serial = 0;

/** A user who matches nothing in particular unless the test says so. */
export async function aContact(ws: TestWorkspace, over: Partial<NewContact> = {}): Promise<Contact> {
  serial++;
  return insertContact(db(), {
    id: newContactId(T - 100 * DAY + serial),
    workspaceId: ws.workspaceId,
    role: "user",
    email: `person${serial}@example.com`,
    // As if set through the REST API: engage email goes only to verified addresses.
    emailVerified: true,
    name: `Person ${serial}`,
    externalId: `ext-${serial}-${ws.appId}`,
    signedUpAt: T - 10 * DAY,
    lastSeenAt: T - DAY,
    webSessions: 1,
    createdAt: T - 100 * DAY,
    updatedAt: T - 100 * DAY,
    ...over,
  });
}

export async function anAutoMessage(
  ws: TestWorkspace,
  input: { rules: Rule; channel?: "in_app" | "email"; state?: "live" | "paused" | "draft"; title?: string; subject?: string | null; body?: string },
): Promise<string> {
  const response = await call("/api/auto_messages", {
    method: "POST",
    token: ws.token,
    json: { title: input.title ?? "Test message", channel: input.channel ?? "in_app", subject: input.subject ?? null, body: input.body ?? "Hello from the team", from_admin_id: ws.ownerId, rules: input.rules, state: input.state ?? "live" },
  });
  expect(response.status, await response.clone().text()).toBe(200);
  const body: { id: string } = await response.json();
  return body.id;
}

/** A scheduled run through the Worker's own handler, at `seconds`. */
export async function runAt(seconds: number): Promise<void> {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: seconds * 1000, cron: "* * * * *" }), env, ctx);
  await waitOnExecutionContext(ctx);
}

export interface DeliveryRow {
  id: string;
  contact_id: string;
  channel: string;
  sent_at: number;
  auto_message_id: string | null;
  campaign_id: string | null;
  campaign_message_index: number | null;
  manual_message_id: string | null;
  conversation_id: string | null;
}

export async function deliveries(ws: TestWorkspace, query: string): Promise<DeliveryRow[]> {
  const response = await call(`/api/deliveries?${query}`, { token: ws.token });
  expect(response.status).toBe(200);
  const body: { data: DeliveryRow[] } = await response.json();
  return body.data;
}

export async function outbox(ws: TestWorkspace): Promise<{ recipient: string; subject: string; text: string; html: string }[]> {
  const response = await call("/api/email_outbox", { token: ws.token });
  const body: { data: { recipient: string; subject: string; text: string; html: string }[] } = await response.json();
  return body.data;
}
