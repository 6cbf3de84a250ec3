import { format } from "../../../../shared/i18n/language.ts";
import type { Messages } from "../../../../shared/i18n/messages.ts";
import { toPlainText } from "../../../../shared/markdown/text.ts";
import type { ConversationSummary } from "../../../../shared/protocol.ts";

// What a row of the visitor's conversation list says: who wrote last, the words of their
// message (Markdown as plain text), and how long ago, as a messenger app shows it.
export interface ConversationRow {
  sender: string;
  text: string;
}

export function conversationRow(summary: ConversationSummary, t: Messages): ConversationRow {
  const author = summary.last_part_author;
  return {
    sender: author.type === "user" ? t.you : (author.name ?? t.theTeam),
    text: toPlainText(summary.last_part_preview) || t.conversation,
  };
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "now", "2 min", "3 h", then the weekday within a week ("Mon"), then the date ("12 Mar"), in `locales`. */
export function shortTime(unix: number, now: number, t: Messages, locales?: Intl.LocalesArgument): string {
  const ago = Math.max(0, now - unix);
  if (ago < MINUTE) return t.justNow;
  if (ago < HOUR) return format(t.minutesAgo, { n: Math.floor(ago / MINUTE) });
  if (ago < DAY) return format(t.hoursAgo, { n: Math.floor(ago / HOUR) });
  const date = new Date(unix * 1000);
  // Six days, not seven: a week-old "Mon" would read as today's Monday.
  if (ago < 6 * DAY) return date.toLocaleDateString(locales, { weekday: "short" });
  return date.toLocaleDateString(locales, ago < 300 * DAY ? { day: "numeric", month: "short" } : { day: "numeric", month: "short", year: "numeric" });
}
