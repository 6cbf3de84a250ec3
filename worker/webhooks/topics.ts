import type { Part } from "../../shared/protocol.ts";
import { TOPICS, type Topic } from "../../shared/webhookTopics.ts";

// Which stored part raises which of CONTRACT §8's topics.
export { TOPICS, type Topic };
export type ConversationTopic = Extract<Topic, `conversation.${string}`>;

export function isTopic(value: string): value is Topic {
  return TOPICS.some((topic) => topic === value);
}

/**
 * The topic a newly stored part raises, if any. A contact's first message creates the
 * conversation; an admin's first message (an outbound message) is not a reply to anything, and
 * routing's or a bot's assignments and closes are not an admin's.
 */
export function conversationTopic(part: Pick<Part, "seq" | "part_type" | "author">): ConversationTopic | null {
  const by = part.author.type;
  switch (part.part_type) {
    case "comment":
      if (by === "user") return part.seq === 1 ? "conversation.user.created" : "conversation.user.replied";
      return by === "admin" && part.seq > 1 ? "conversation.admin.replied" : null;
    case "note":
      return by === "admin" ? "conversation.admin.noted" : null;
    case "assignment":
      return by === "admin" ? "conversation.admin.assigned" : null;
    case "close":
      return by === "admin" ? "conversation.admin.closed" : null;
    default:
      return null;
  }
}
