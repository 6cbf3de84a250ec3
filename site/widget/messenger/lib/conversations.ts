import * as z from "zod/mini";
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
export async function createConversation(core: Core, clientId: string, body: string, pageUrl = location.href, attachments: string[] = []): Promise<ConversationSummary> {
  const response = await core.request("/conversations", { method: "POST", body: { client_id: clientId, body, page_url: pageUrl, attachments, time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone } });
  const data: unknown = await response.json().catch(() => null);
  const parsed = createResponse.safeParse(data);
  if (!response.ok || !parsed.success) throw new Error(errorText(data));
  return parsed.data.conversation;
}

export function errorText(data: unknown): string {
  const parsed = z.object({ errors: z.array(z.object({ message: z.string() })) }).safeParse(data);
  return parsed.success ? (parsed.data.errors[0]?.message ?? "Could not send.") : "Could not send. Check your connection.";
}

export function totalUnread(list: ConversationSummary[]): number {
  return list.reduce((sum, c) => sum + c.unread, 0);
}

export function upsert(list: ConversationSummary[], next: ConversationSummary): ConversationSummary[] {
  return [next, ...list.filter((c) => c.id !== next.id)].sort((a, b) => b.last_part_at - a.last_part_at);
}
