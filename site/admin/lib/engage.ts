// The Engage API as the admin app uses it (session cookie on /api, see docs/api.md).
import { request } from "./api.ts";
import { fields, type Fields } from "./decode.ts";

export type Channel = "in_app" | "email";
export type MessageState = "live" | "paused" | "draft";

export interface AutoMessage {
  id: string;
  title: string;
  channel: Channel;
  subject: string | null;
  body: string;
  fromAdminId: string;
  rules: unknown;
  state: MessageState;
  sent: number;
  updatedAt: number;
}

export interface AutoMessageInput {
  title: string;
  channel: Channel;
  subject: string | null;
  body: string;
  from_admin_id: string;
  rules: unknown;
  state: MessageState;
}

export interface OutboxEmail {
  id: string;
  recipient: string;
  subject: string;
  text: string;
  sentAt: number;
}

const CHANNELS = ["in_app", "email"] as const;
const STATES = ["live", "paused", "draft"] as const;

function parseAutoMessage(f: Fields): AutoMessage {
  return {
    id: f.id("id"),
    title: f.str("title"),
    channel: f.oneOf("channel", CHANNELS),
    subject: f.optStr("subject"),
    body: f.str("body"),
    fromAdminId: f.id("from_admin_id"),
    rules: f.raw("rules"),
    state: f.oneOf("state", STATES),
    sent: f.num("sent"),
    updatedAt: f.time("updated_at"),
  };
}

export function listAutoMessages(signal: AbortSignal): Promise<AutoMessage[]> {
  return request("GET", "/api/auto_messages", (p) => fields(p).list("data", parseAutoMessage), { signal });
}

export function saveAutoMessage(id: string | null, input: AutoMessageInput): Promise<AutoMessage> {
  const parse = (p: unknown) => parseAutoMessage(fields(p));
  return id === null ? request("POST", "/api/auto_messages", parse, { body: input }) : request("PUT", `/api/auto_messages/${encodeURIComponent(id)}`, parse, { body: input });
}

export function setAutoMessageState(id: string, state: MessageState): Promise<AutoMessage> {
  return request("PUT", `/api/auto_messages/${encodeURIComponent(id)}`, (p) => parseAutoMessage(fields(p)), { body: { state } });
}

export function audienceCount(rules: unknown, channel: Channel | undefined, signal: AbortSignal): Promise<number> {
  return request("POST", "/api/audience", (p) => fields(p).num("count"), { body: { rules, channel }, signal });
}

export function sendManualMessage(input: { channel: Channel; subject: string | null; body: string; from_admin_id: string; audience: { rules: unknown } | { contact_ids: string[] } }): Promise<number> {
  return request("POST", "/api/manual_messages", (p) => fields(p).num("sent"), { body: input });
}

export function listOutbox(signal: AbortSignal): Promise<OutboxEmail[]> {
  return request("GET", "/api/email_outbox", (p) => fields(p).list("data", (e) => ({ id: e.id("id"), recipient: e.str("recipient"), subject: e.str("subject"), text: e.str("text"), sentAt: e.time("sent_at") })), { signal });
}
