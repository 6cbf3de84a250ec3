import fc from "fast-check";
import { beforeAll, describe, it } from "vitest";
import { bodyAround } from "../fuzz/arbitraries.ts";
import { BASE } from "./fixtures.ts";
import { aFuzzWorld, campaign, expectClearAnswer, expectStillServing, rule, runs, send, timeoutFor, type FuzzWorld } from "./fuzzWorld.ts";

// Every POST/PUT/PATCH route that reads a body, fed bodies around a valid one. Routes whose valid
// body would sign the admin out, lock the workspace or delete its contacts get a world of their own.
type Auth = "token" | "cookie" | "visitor" | "none";
interface Route {
  method: "POST" | "PUT" | "PATCH";
  /** `{name}` stands for the world's resource of that name. */
  path: string;
  auth: Auth;
  valid: (w: FuzzWorld) => unknown;
  ownWorld?: boolean;
  html?: boolean;
  /** Tells apart two entries for one path. */
  label?: string;
}

const route = (method: Route["method"], path: string, auth: Auth, valid: Route["valid"], more: Partial<Route> = {}): Route => ({ method, path, auth, valid, ...more });
const hours = { timezone: "Europe/Paris", intervals: [{ day: "monday", open: "09:00", close: "17:00" }], reply_time: "hours" };
const autoMessage = (w: FuzzWorld) => ({ title: "Hi", channel: "in_app", subject: null, body: "Hello", from_admin_id: w.ws.ownerId, rules: rule, state: "paused" });

const API: Route[] = [
  route("PUT", "/api/office_hours", "token", () => hours),
  route("POST", "/api/contacts/search", "token", () => ({ query: { operator: "AND", value: [rule, { field: "custom_attributes.plan", operator: "=", value: "pro" }] }, pagination: { per_page: 5 }, sort: { field: "name", order: "ascending" } })),
  route("POST", "/api/contacts", "token", () => ({ role: "user", external_id: "new-1", email: "new@example.com", name: "New", signed_up_at: 1_700_000_000, custom_attributes: { plan: "pro" } })),
  route("PUT", "/api/contacts/{contactId}", "token", () => ({ name: "Renamed", phone: "+1 555", web_sessions: 2, custom_attributes: { plan: "team", seats: 3 } })),
  route("POST", "/api/contacts/{contactId}/notes", "token", (w) => ({ body: "<p>A note</p>", admin_id: String(w.ws.ownerId) })),
  route("POST", "/api/events", "token", (w) => ({ event_name: "paid", user_id: w.externalId, created_at: 1_700_000_000, metadata: { amount: 5 } })),
  route("POST", "/api/conversations/search", "token", () => ({ query: { field: "state", operator: "=", value: "open" }, pagination: { per_page: 5 } })),
  route("POST", "/api/conversations", "token", (w) => ({ from: { type: "user", id: w.contactId }, body: "Hello again" })),
  route("POST", "/api/conversations/{conversationId}/reply", "token", (w) => ({ type: "admin", message_type: "comment", admin_id: String(w.ws.ownerId), body: "<p>Hi</p>" }), { label: "admin comment" }),
  route("POST", "/api/conversations/{conversationId}/reply", "token", (w) => ({ type: "user", message_type: "comment", intercom_user_id: w.contactId, body: "Thanks" }), { label: "user comment" }),
  route("POST", "/api/conversations/{conversationId}/parts", "token", (w) => ({ message_type: "assignment", type: "team", admin_id: String(w.ws.ownerId), assignee_id: String(w.teamId), body: "Over to you" }), { label: "assignment" }),
  route("POST", "/api/conversations/{conversationId}/parts", "token", (w) => ({ message_type: "snoozed", admin_id: w.ws.ownerId, snoozed_until: 1_900_000_000 }), { label: "snooze" }),
  route("POST", "/api/tags", "token", () => ({ name: "priority" })),
  route("POST", "/api/contacts/{contactId}/tags", "token", (w) => ({ id: w.tagId })),
  route("POST", "/api/conversations/{conversationId}/tags", "token", (w) => ({ id: w.tagId, admin_id: String(w.ws.ownerId) })),
  route("POST", "/api/auto_messages", "token", autoMessage),
  route("PUT", "/api/auto_messages/{autoMessageId}", "token", autoMessage),
  route("POST", "/api/campaigns", "token", (w) => campaign(w.ws)),
  route("PUT", "/api/campaigns/{campaignId}", "token", (w) => campaign(w.ws)),
  route("POST", "/api/manual_messages", "token", (w) => ({ channel: "in_app", body: "Hello", from_admin_id: w.ws.ownerId, audience: { contact_ids: [w.contactId] } }), { label: "in-app to contact ids" }),
  route("POST", "/api/manual_messages", "token", (w) => ({ channel: "email", subject: "News", body: "Hello", from_admin_id: String(w.ws.ownerId), audience: { rules: rule } }), { label: "email to a rule" }),
  route("POST", "/api/audience", "token", () => ({ rules: rule, channel: "email" })),
  route("POST", "/api/messages", "token", (w) => ({ message_type: "inapp", body: "Hi", from: { type: "admin", id: String(w.ws.ownerId) }, to: { type: "user", id: w.contactId } })),
  route("POST", "/api/articles", "token", () => ({ title: "Nope" })),
  route("POST", "/api/webhooks", "token", () => ({ url: "https://hooks.example/parley", topics: ["contact.user.created", "conversation.admin.closed"] })),
  route("POST", "/api/companies", "token", () => ({ company_id: "acme", name: "Acme", plan: "pro", size: 12, website: "https://acme.example", industry: "Tools", custom_attributes: { tier: "gold" } })),
  route("POST", "/api/companies/list", "token", () => ({})),
  route("POST", "/api/contacts/{contactId}/companies", "token", () => ({ id: "1" })),
  route("POST", "/api/data_attributes", "token", () => ({ name: "seats", model: "contact", data_type: "integer" })),
  route("POST", "/api/segments", "token", () => ({ name: "Examples", rules: rule })),
  route("POST", "/api/contacts/merge", "token", (w) => ({ from: w.visitor.visitorId, into: w.contactId }), { ownWorld: true }),
];

const ADMIN: Route[] = [
  route("POST", "/admin/api/login", "none", (w) => ({ email: w.ws.ownerEmail, password: w.ws.password, app_id: w.ws.appId })),
  route("POST", "/admin/api/password-reset", "none", (w) => ({ email: w.ws.ownerEmail })),
  route("POST", "/admin/api/password-reset/complete", "none", () => ({ token: "pr_0123456789abcdef", password: "a long new password" })),
  route("POST", "/admin/api/tokens", "cookie", () => ({ name: "ci" })),
  route("POST", "/admin/api/invites", "cookie", () => ({ email: "new.admin@example.com", role: "admin" })),
  route("POST", "/admin/api/invites/lookup", "none", () => ({ token: "inv_0123456789" })),
  route("POST", "/admin/api/invites/accept", "none", () => ({ token: "inv_0123456789", name: "New Admin", password: "a long new password" })),
  route("PATCH", "/admin/api/tags/{tagId}", "cookie", () => ({ name: "very important" })),
  route("PUT", "/admin/api/me/away", "cookie", () => ({ away: true })),
  route("POST", "/admin/api/teams", "cookie", () => ({ name: "Sales" })),
  route("PATCH", "/admin/api/teams/{teamId}", "cookie", () => ({ name: "Support team" })),
  route("PUT", "/admin/api/teams/{teamId}/members/{ownerId}", "cookie", () => ({})),
  route("PUT", "/admin/api/routing-rules", "cookie", (w) => [{ name: "Pricing", conditions: { words: ["price", "plan"], rules: rule }, team_id: String(w.teamId), assign_to_admin: true }]),
  route("POST", "/admin/api/contacts/search", "cookie", () => ({ rules: rule, query: "fuzz" })),
  route("POST", "/admin/api/contacts/bulk_tag", "cookie", (w) => ({ selection: { ids: [w.contactId] }, name: "vip", remove: false })),
  route("POST", "/admin/api/contacts/export", "cookie", () => ({ filter: { rules: rule, query: "fuzz" } })),
  route("POST", "/admin/api/contacts/{contactId}/notes", "cookie", () => ({ body: "Called them" })),
  route("POST", "/admin/api/saved-replies", "cookie", (w) => ({ name: "Bye", body: "Bye {{contact.name | there}}", actions: [{ type: "close" }, { type: "assign", assignee_type: "team", assignee_id: String(w.teamId) }, { type: "tag", name: "done" }] })),
  route("PUT", "/admin/api/saved-replies/{savedReplyId}", "cookie", () => ({ name: "Thanks", body: "Thanks a lot", actions: [] })),
  route("POST", "/admin/api/settings/identity/secret", "cookie", (w) => ({ password: w.ws.password })),
  route("POST", "/admin/api/conversations/{conversationId}/attachments?name=a.txt", "cookie", () => "a file"),
  route("POST", "/admin/api/contacts/bulk_delete", "cookie", (w) => ({ ids: [w.contactId] }), { ownWorld: true }),
  route("POST", "/admin/api/logout", "cookie", () => ({}), { ownWorld: true }),
  route("PUT", "/admin/api/settings/identity", "cookie", () => ({ enforced: true }), { ownWorld: true }),
  route("POST", "/admin/api/settings/identity/rotate", "cookie", (w) => ({ password: w.ws.password }), { ownWorld: true }),
  route("PUT", "/admin/api/members/{ownerId}/disabled", "cookie", () => ({ disabled: true }), { ownWorld: true }),
  route("POST", "/admin/api/me/password", "cookie", (w) => ({ current_password: w.ws.password, new_password: "another long password" }), { ownWorld: true }),
  route("POST", "/admin/api/me/sign-out-everywhere", "cookie", () => ({}), { ownWorld: true }),
];

const MESSENGER: Route[] = [
  route("POST", "/messenger/{appId}/events", "visitor", () => ({ event_name: "viewed pricing", metadata: { plan: "pro" } })),
  route("POST", "/messenger/{appId}/conversations", "visitor", () => ({ client_id: "c-1", body: "Hello", page_url: "https://example.com/", time_zone: "Europe/Paris" })),
  route("POST", "/messenger/{appId}/attachments?name=a.txt&conversation_id={visitorConversationId}", "visitor", () => "a file"),
  route("POST", "/messenger/{appId}/conversations/{visitorConversationId}/rating", "visitor", () => ({ rating: 5, remark: "Great" })),
  route("POST", "/messenger/{appId}/email", "visitor", () => ({ email: "visitor@example.com" })),
  route("POST", "/messenger/{appId}/email/confirm", "none", () => ({ token: "eo_0123456789" })),
  route("POST", "/messenger/{appId}/unsubscribe?token=nope", "none", () => ({}), { html: true }),
  route("POST", "/hc/api/views", "none", (w) => ({ app_id: w.ws.appId, article_id: "getting-started/welcome" })),
  route("POST", "/hc/api/talk", "none", (w) => ({ app_id: w.ws.appId, article_id: "getting-started/welcome" })),
  route("POST", "/hc/api/reactions", "none", (w) => ({ app_id: w.ws.appId, article_id: "getting-started/welcome", reaction: "happy" })),
  route("POST", "/hc/api/searches", "none", (w) => ({ app_id: w.ws.appId, query: "refund" })),
];

function pathIn(template: string, w: FuzzWorld): string {
  const values: Record<string, string> = {
    appId: w.ws.appId, ownerId: String(w.ws.ownerId), contactId: w.contactId, conversationId: w.conversationId,
    visitorConversationId: w.visitorConversationId, teamId: String(w.teamId), tagId: w.tagId, savedReplyId: w.savedReplyId,
    autoMessageId: w.autoMessageId, campaignId: w.campaignId,
  };
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? name);
}

function headersFor(auth: Auth, w: FuzzWorld): Record<string, string> {
  if (auth === "token") return { authorization: `Bearer ${w.ws.token}` };
  if (auth === "cookie") return { cookie: w.cookie, origin: BASE };
  if (auth === "visitor") return { authorization: `Bearer ${w.visitor.token}`, origin: "https://customer.example" };
  return { origin: BASE };
}

const RUNS = runs(12);

function fuzzRoutes(routes: Route[]): void {
  let shared: FuzzWorld;
  beforeAll(async () => {
    shared = await aFuzzWorld();
  });
  for (const r of routes) {
    it(`${r.method} ${r.path}${r.label ? ` (${r.label})` : ""} answers every body clearly, without a 5xx, within a second`, async () => {
      const w = r.ownWorld ? await aFuzzWorld() : shared;
      const path = pathIn(r.path, w);
      await fc.assert(
        fc.asyncProperty(bodyAround(r.valid(w)), async (body) => {
          const answer = await send(path, { method: r.method, body, headers: headersFor(r.auth, w) });
          expectClearAnswer(answer, `${r.method} ${path}`, r.html);
        }),
        { numRuns: RUNS },
      );
      await expectStillServing(shared);
    }, timeoutFor(RUNS, 100));
  }
}

describe("REST bodies under /api", () => fuzzRoutes(API));
describe("REST bodies under /admin/api", () => fuzzRoutes(ADMIN));
describe("messenger and help-center bodies", () => fuzzRoutes(MESSENGER));
