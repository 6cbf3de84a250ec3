import * as z from "zod/mini";
import type { Messages } from "../../../../shared/i18n/messages.ts";
import { conversationSummary, type ConversationSummary } from "../../../../shared/protocol.ts";
import type { Core } from "../../loader/types.ts";

const listResponse = z.object({ conversations: z.array(conversationSummary) });
const createResponse = z.object({ conversation: conversationSummary });

export async function fetchConversations(core: Core): Promise<ConversationSummary[]> {
  const response = await core.request("/conversations");
  const parsed = listResponse.safeParse(await response.json().catch(() => null));
  return parsed.success ? parsed.data.conversations : [];
}

/** Starts a conversation; the client id makes a retried request land on the same one. */
export async function createConversation(core: Core, t: Messages, clientId: string, body: string, pageUrl = location.href, attachments: string[] = []): Promise<ConversationSummary> {
  const response = await core.request("/conversations", { method: "POST", body: { client_id: clientId, body, page_url: pageUrl, attachments, time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone } });
  const data: unknown = await response.json().catch(() => null);
  const parsed = createResponse.safeParse(data);
  if (!response.ok || !parsed.success) throw new Error(errorText(data, t));
  return parsed.data.conversation;
}

/** The server's own words when it gave a reason, else the catalogue's. */
export function errorText(data: unknown, t: Messages): string {
  const parsed = z.object({ errors: z.array(z.object({ message: z.string() })) }).safeParse(data);
  return parsed.success ? (parsed.data.errors[0]?.message ?? t.couldNotSend) : t.couldNotSendConnection;
}

export function totalUnread(list: ConversationSummary[]): number {
  return list.reduce((sum, c) => sum + c.unread, 0);
}

export function upsert(list: ConversationSummary[], next: ConversationSummary): ConversationSummary[] {
  return [next, ...list.filter((c) => c.id !== next.id)].sort((a, b) => b.last_part_at - a.last_part_at);
}
