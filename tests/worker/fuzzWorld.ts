// What every worker fuzz test needs: a workspace with one of each resource to aim at, the
// checks every answer must pass (no 5xx, within a second, the error.list shape) and the
// known-good request that shows the Worker still serves afterwards.
import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { z } from "zod";
import { fuzzRuns, type FuzzBody } from "../fuzz/arbitraries.ts";
import { aTeam, aWorkspace, BASE, call, type TestWorkspace } from "./fixtures.ts";
import { adminCookie, boot, startConversation, type Visitor } from "./messenger.ts";

/** Runs per property in workerd; the FUZZ_RUNS binding comes from the environment through vitest.config.ts. */
export const runs = (fallback: number): number => fuzzRuns(fallback, Reflect.get(env, "FUZZ_RUNS"));

export const HANG_MS = 1000;
export { fuzzTimeout as timeoutFor } from "../fuzz/arbitraries.ts";

export interface FuzzWorld {
  ws: TestWorkspace;
  cookie: string;
  contactId: string;
  externalId: string;
  conversationId: string;
  visitor: Visitor;
  visitorConversationId: string;
  teamId: number;
  tagId: string;
  savedReplyId: string;
  autoMessageId: string;
  campaignId: string;
}

export const rule = { field: "email", operator: "~", value: "example" };

async function created(path: string, json: unknown, headers: Record<string, string>): Promise<string> {
  const response = await call(path, { method: "POST", json, headers });
  expect(response.status, await response.clone().text()).toBe(200);
  const body = z.object({ id: z.union([z.string(), z.number()]).optional(), conversation_id: z.union([z.string(), z.number()]).optional() }).parse(await response.json());
  return String(body.conversation_id ?? body.id);
}

export async function aFuzzWorld(): Promise<FuzzWorld> {
  const ws = await aWorkspace();
  const cookie = await adminCookie(ws);
  const bearer = { authorization: `Bearer ${ws.token}` };
  const externalId = `fuzz-${crypto.randomUUID()}`;
  const contactId = await created("/api/contacts", { role: "user", external_id: externalId, email: "fuzz@example.com", name: "Fuzz" }, bearer);
  const conversationId = await created("/api/conversations", { from: { type: "user", id: contactId }, body: "Hello" }, bearer);
  const visitor = await boot(ws);
  const visitorConversationId = (await startConversation(ws, visitor, "Hi there")).id;
  const teamId = await aTeam(ws, "Support", [ws.ownerId]);
  const tagId = await created("/api/tags", { name: "vip" }, bearer);
  const savedReplyId = await created("/admin/api/saved-replies", { name: "Thanks", body: "Thanks!" }, { cookie, origin: BASE });
  const message = { title: "Hi", channel: "in_app", subject: null, body: "Hello", from_admin_id: ws.ownerId, rules: rule, state: "paused" };
  const autoMessageId = await created("/api/auto_messages", message, bearer);
  const campaignId = await created("/api/campaigns", campaign(ws), bearer);
  return { ws, cookie, contactId, externalId, conversationId, visitor, visitorConversationId, teamId, tagId, savedReplyId, autoMessageId, campaignId };
}

export function campaign(ws: TestWorkspace) {
  return {
    name: "Onboarding", target: rule, goal: { field: "web_sessions", operator: ">", value: 3 }, exit_rules: null, throttle_days: 1, state: "paused",
    messages: [{ title: "Welcome", channel: "in_app", subject: null, body: "Welcome!", from_admin_id: ws.ownerId, priority: 1, rules: null }],
  };
}

export async function within<T>(ms: number, work: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, hang]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

const errorList = z.object({
  type: z.literal("error.list"),
  request_id: z.string(),
  errors: z.array(z.object({ code: z.string().min(1), message: z.string().min(1) })).min(1),
});

export interface Answer {
  status: number;
  contentType: string;
  text: string;
}

/** Sends one request and reads its whole answer, all within HANG_MS. */
export function send(path: string, init: { method: string; body?: FuzzBody; headers?: Record<string, string> }): Promise<Answer> {
  const exchange = async (): Promise<Answer> => {
    const headers = { "content-type": "application/json", ...init.headers };
    const response = await call(path, { method: init.method, body: init.body, headers });
    return { status: response.status, contentType: response.headers.get("content-type") ?? "", text: await response.text() };
  };
  return within(HANG_MS, exchange(), `${init.method} ${path}`);
}

/** No 5xx, and a refusal says why in the one JSON error shape (HTML pages may answer in HTML). */
export function expectClearAnswer(answer: Answer, label: string, allowHtml = false): void {
  expect(answer.status, `${label}: ${answer.text.slice(0, 300)}`).toBeLessThan(500);
  if (answer.status < 400) return;
  if (allowHtml && answer.contentType.startsWith("text/html")) return;
  let json: unknown;
  try {
    json = JSON.parse(answer.text);
  } catch {
    json = answer.text;
  }
  expect(errorList.safeParse(json).success, `${label} answered ${answer.status} without an error.list: ${answer.text.slice(0, 300)}`).toBe(true);
}

/** The Worker still serves: the REST API answers a plain request and the messenger its visitor. */
export async function expectStillServing(world: FuzzWorld): Promise<void> {
  const me = await send("/api/me", { method: "GET", headers: { authorization: `Bearer ${world.ws.token}` } });
  expect(me.status, me.text).toBe(200);
  const list = await send(`/messenger/${world.ws.appId}/conversations`, { method: "GET", headers: { authorization: `Bearer ${world.visitor.token}` } });
  expect(list.status, list.text).toBe(200);
}
