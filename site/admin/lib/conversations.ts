import { ApiError, request } from "./api.ts";
import { fields, type Fields } from "./decode.ts";

export type ConversationState = "open" | "closed" | "snoozed";

export interface ConversationSummary {
  id: string;
  contactName: string;
  snippet: string;
  updatedAt: number;
  state: ConversationState;
  unread: boolean;
}

// Message bodies are HTML. Parsing them in an inert document gives plain text
// without ever handing untrusted markup to the live DOM.
function plainText(html: string): string {
  const text = new DOMParser().parseFromString(html, "text/html").body.textContent ?? "";
  return text.replace(/\s+/g, " ").trim();
}

// Modelled on Intercom's conversation list; fields the first server version
// may omit fall back to neutral values instead of failing the whole inbox.
function parseConversation(f: Fields): ConversationSummary {
  const source = f.optObj("source");
  const author = source?.optObj("author") ?? null;
  const body = source?.optStr("body") ?? "";
  return {
    id: f.id("id"),
    contactName: author?.optStr("name") ?? author?.optStr("email") ?? "Unknown contact",
    snippet: plainText(f.optStr("title") ?? body) || plainText(body),
    updatedAt: f.optTime("updated_at") ?? f.time("created_at"),
    state: f.raw("state") === undefined ? "open" : f.oneOf("state", ["open", "closed", "snoozed"]),
    unread: f.raw("read") === false,
  };
}

// Conversations ship in a later milestone; until then the endpoint is a 404,
// which the inbox treats as "nothing here yet" rather than an error.
export async function listConversations(signal: AbortSignal): Promise<ConversationSummary[]> {
  try {
    return await request(
      "GET",
      "/api/conversations",
      (payload) => fields(payload).list("conversations", parseConversation),
      { signal },
    );
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return [];
    throw err;
  }
}
