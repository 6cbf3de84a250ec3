import { toPlainText } from "../../../../shared/markdown/text.ts";
import type { ConversationSummary } from "../../../../shared/protocol.ts";

// What a row of the visitor's conversation list says: who wrote last, the words of their
// message (Markdown as plain text), and how long ago, as a messenger app shows it.
export interface ConversationRow {
  sender: string;
  text: string;
}

export function conversationRow(summary: ConversationSummary): ConversationRow {
  const author = summary.last_part_author;
  return {
    sender: author.type === "user" ? "You" : (author.name ?? "The team"),
    text: toPlainText(summary.last_part_preview) || "Conversation",
  };
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "now", "2 min", "3 h", then the weekday within a week ("Mon"), then the date ("12 Mar"). */
export function shortTime(unix: number, now: number, locale?: string): string {
  const ago = Math.max(0, now - unix);
  if (ago < MINUTE) return "now";
  if (ago < HOUR) return `${Math.floor(ago / MINUTE)} min`;
  if (ago < DAY) return `${Math.floor(ago / HOUR)} h`;
  const date = new Date(unix * 1000);
  // Six days, not seven: a week-old "Mon" would read as today's Monday.
  if (ago < 6 * DAY) return date.toLocaleDateString(locale, { weekday: "short" });
  return date.toLocaleDateString(locale, ago < 300 * DAY ? { day: "numeric", month: "short" } : { day: "numeric", month: "short", year: "numeric" });
}
