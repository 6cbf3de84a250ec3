import type { Messages } from "../../../../shared/i18n/messages.ts";
import type { Core } from "../../loader/types.ts";
import { errorText } from "./conversations.ts";

// When the messenger asks an anonymous visitor for an email (issue 17 item 11): once they have
// written, so they know why, and only while nobody from the team is there to answer live.

export interface AskContext {
  /** The contact's email from boot: with one, replies can already be mailed once it is confirmed. */
  email: string | null;
  /** The visitor's own messages in this conversation, sent or on their way. */
  visitorMessages: number;
  /** Whether someone from the team is online; null when the messenger does not know. */
  teamOnline: boolean | null;
  /** The visitor already gave an address in this page's life. */
  alreadyGiven: boolean;
}

export function shouldAskForEmail(context: AskContext): boolean {
  if (context.email || context.alreadyGiven || context.visitorMessages < 1) return false;
  return context.teamOnline !== true;
}

/** Stores the address on the visitor's contact; the server mails the confirmation link. */
export async function giveEmail(core: Core, email: string, t: Messages): Promise<void> {
  const response = await core.request("/email", { method: "POST", body: { email } });
  if (!response.ok) throw new Error(errorText(await response.json().catch(() => null), t));
}
