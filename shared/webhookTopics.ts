// CONTRACT §8's webhook topics: the Worker checks subscriptions against them, the admin app offers them.
export const TOPICS = [
  "contact.user.created",
  "contact.lead.created",
  "conversation.user.created",
  "conversation.user.replied",
  "conversation.admin.replied",
  "conversation.admin.noted",
  "conversation.admin.assigned",
  "conversation.admin.closed",
] as const;

export type Topic = (typeof TOPICS)[number];
