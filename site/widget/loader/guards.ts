import type { BootSession } from "./types.ts";

// Small hand-written checks: the loader cannot afford a schema library in its 6 KB.
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function bootSessionOf(value: unknown): (BootSession & { conversations: { id: string; unread: number }[] }) | null {
  if (!isObject(value) || typeof value.token !== "string" || typeof value.visitor_id !== "string") return null;
  const { contact, app, team, conversations } = value;
  if (!isObject(contact) || typeof contact.id !== "string" || !isObject(app) || typeof app.name !== "string") return null;
  const list = Array.isArray(conversations) ? conversations.filter(isObject) : [];
  return {
    visitor_id: value.visitor_id,
    token: value.token,
    contact: {
      id: contact.id,
      role: contact.role === "user" ? "user" : "lead",
      name: typeof contact.name === "string" ? contact.name : null,
      email: typeof contact.email === "string" ? contact.email : null,
    },
    app: { app_id: typeof app.app_id === "string" ? app.app_id : "", name: app.name },
    team: Array.isArray(team) ? team.filter(isObject).map((t) => ({ id: String(t.id), name: String(t.name), online: t.online === true })) : [],
    office_hours: officeHoursOf(value.office_hours),
    unread: typeof value.unread === "number" ? value.unread : 0,
    conversations: list.map((c) => ({ id: String(c.id), unread: typeof c.unread === "number" ? c.unread : 0 })),
  };
}

/** Unknown or missing office hours read as open with replies in minutes: the messenger's old promise. */
function officeHoursOf(value: unknown): BootSession["office_hours"] {
  const hours = isObject(value) ? value : {};
  const replyTime = hours.reply_time === "hours" || hours.reply_time === "day" ? hours.reply_time : "minutes";
  return { open: hours.open !== false, next_open_at: typeof hours.next_open_at === "number" ? hours.next_open_at : null, reply_time: replyTime };
}

/** What the loader shows of a conversation's change: its unread count, and who wrote last with a preview. */
export interface ConversationChange {
  id: string;
  unread: number;
  /** The admin's or bot's name when the team wrote last ("" for an unnamed one), null when the contact did. */
  from: string | null;
  preview: string;
}

/** A channel frame announcing a conversation's new state, reduced to what the loader needs. */
export function conversationUnreadOf(text: string): ConversationChange | null {
  try {
    const frame: unknown = JSON.parse(text);
    if (!isObject(frame) || frame.type !== "conversation" || !isObject(frame.conversation)) return null;
    const { id, unread, last_part_author: author, last_part_preview: preview } = frame.conversation;
    if (typeof id !== "string" || typeof unread !== "number") return null;
    const team = isObject(author) && (author.type === "admin" || author.type === "bot");
    const from = team ? (typeof author.name === "string" ? author.name : "") : null;
    return { id, unread, from, preview: typeof preview === "string" ? preview : "" };
  } catch {
    return null;
  }
}

export function errorMessageOf(value: unknown): string {
  if (isObject(value) && Array.isArray(value.errors) && isObject(value.errors[0]) && typeof value.errors[0].message === "string") return value.errors[0].message;
  return "unexpected response";
}
