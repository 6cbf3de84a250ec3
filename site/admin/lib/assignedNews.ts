import type { InboxConversation } from "../../../shared/inbox.ts";

// Which conversations to tell an admin were assigned to them: each open conversation of theirs
// once, kept across visits, so a conversation given to them while they were away or offline is
// announced when they come back, and one given to them while the inbox is open elsewhere at once.
// A conversation taken from them is forgotten, so assigning it to them again is news again.

/** How many told conversation ids a browser remembers. */
export const TOLD_LIMIT = 500;

export interface AssignedNews {
  news: InboxConversation[];
  told: string[];
}

export function assignedNews(told: readonly string[], conversations: readonly InboxConversation[], me: string): AssignedNews {
  const known = new Set(told);
  const news: InboxConversation[] = [];
  for (const c of conversations) {
    const mine = c.admin_assignee_id === me && c.state === "open";
    if (mine && !known.has(c.id)) {
      known.add(c.id);
      news.push(c);
    } else if (!mine) known.delete(c.id);
  }
  return { news, told: [...known].slice(-TOLD_LIMIT) };
}

/** The notification's title and body for one or several conversations. */
export function assignedMessage(news: readonly InboxConversation[], label: (c: InboxConversation) => string): { title: string; body: string } | null {
  const [first] = news;
  if (!first) return null;
  if (news.length === 1) return { title: `Assigned to you: ${label(first)}`, body: first.last_part_preview.slice(0, 140) };
  return { title: `${news.length} conversations assigned to you`, body: news.slice(0, 3).map(label).join(", ") };
}
