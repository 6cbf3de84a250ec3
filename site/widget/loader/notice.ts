import type { ConversationChange } from "./guards.ts";

// An in-app message from the team while the messenger is closed earns a card above the launcher,
// as Intercom's do: who wrote and the first line of what they wrote, in plain words.
export interface Notice {
  id: string;
  name: string;
  text: string;
}

/**
 * Markdown as one plain line, roughly: a link keeps its words, marks go. The shared parser
 * (shared/markdown) would add half a kilobyte gzipped to the loader for one line of preview.
 */
export function plainLine(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_`#[\]()]/g, "").replace(/\s+/g, " ").trim();
}

/** The card a conversation's change earns; null when the contact wrote last, read it, or the messenger is open. */
export function noticeOf(change: ConversationChange, open: boolean, appName: string): Notice | null {
  if (open || change.from === null || change.unread <= 0) return null;
  return { id: change.id, name: change.from || appName, text: plainLine(change.preview) };
}
