import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

// Mirrors worker/db/migrations/*.sql; tests/worker/schema.test.ts fails when the two drift.

export const workspaces = sqliteTable("workspaces", {
  id: integer("id").primaryKey(),
  appId: text("app_id").notNull().unique(),
  name: text("name").notNull(),
  identitySecret: text("identity_secret").notNull(),
  identityEnforced: integer("identity_enforced", { mode: "boolean" }).notNull().default(false),
  createdAt: integer("created_at").notNull(),
  visitorTokenSecret: text("visitor_token_secret").notNull().default(""),
  assignmentCap: integer("assignment_cap").notNull().default(10),
  // Migration 0009: the previous identity secret, accepted until the grace period ends; the visitor-token key.
  identitySecretPrevious: text("identity_secret_previous"),
  identitySecretPreviousUntil: integer("identity_secret_previous_until"),
  visitorTokenKey: text("visitor_token_key").notNull().default(""),
  // Migration 0011: when scheduled engage runs last gave this workspace its turn.
  engageServedAt: integer("engage_served_at"),
});

export const admins = sqliteTable(
  "admins",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id").notNull(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash"),
    role: text("role", { enum: ["owner", "admin"] }).notNull(),
    away: integer("away", { mode: "boolean" }).notNull().default(false),
    createdAt: integer("created_at").notNull(),
    // Migration 0009: a disabled admin cannot sign in and appears nowhere but the owner's team screen.
    disabledAt: integer("disabled_at"),
  },
  (t) => [uniqueIndex("admins_workspace_email").on(t.workspaceId, t.email), index("admins_email").on(t.email)],
);

export const teams = sqliteTable("teams", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  workspaceId: integer("workspace_id").notNull(),
  name: text("name").notNull(),
  createdAt: integer("created_at").notNull(),
});

export const teamMembers = sqliteTable(
  "team_members",
  {
    workspaceId: integer("workspace_id").notNull(),
    teamId: integer("team_id").notNull(),
    adminId: integer("admin_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.adminId] })],
);

export const apiTokens = sqliteTable("api_tokens", {
  id: integer("id").primaryKey(),
  workspaceId: integer("workspace_id").notNull(),
  adminId: integer("admin_id").notNull(),
  name: text("name").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  tokenHint: text("token_hint").notNull(),
  createdAt: integer("created_at").notNull(),
  lastUsedAt: integer("last_used_at"),
  revokedAt: integer("revoked_at"),
});

export const adminSessions = sqliteTable("admin_sessions", {
  tokenHash: text("token_hash").primaryKey(),
  workspaceId: integer("workspace_id").notNull(),
  adminId: integer("admin_id").notNull(),
  createdAt: integer("created_at").notNull(),
  expiresAt: integer("expires_at").notNull(),
});

export const adminInvites = sqliteTable("admin_invites", {
  tokenHash: text("token_hash").primaryKey(),
  workspaceId: integer("workspace_id").notNull(),
  email: text("email").notNull(),
  role: text("role", { enum: ["owner", "admin"] }).notNull(),
  invitedBy: integer("invited_by").notNull(),
  createdAt: integer("created_at").notNull(),
  expiresAt: integer("expires_at").notNull(),
  acceptedAt: integer("accepted_at"),
});

export const loginFailures = sqliteTable("login_failures", {
  id: integer("id").primaryKey(),
  keyHash: text("key_hash").notNull(),
  at: integer("at").notNull(),
});

export const contacts = sqliteTable("contacts", {
  id: text("id").primaryKey(),
  workspaceId: integer("workspace_id").notNull(),
  role: text("role", { enum: ["user", "lead"] }).notNull(),
  externalId: text("external_id"),
  email: text("email"),
  name: text("name"),
  phone: text("phone"),
  signedUpAt: integer("signed_up_at"),
  lastSeenAt: integer("last_seen_at"),
  webSessions: integer("web_sessions").notNull().default(0),
  unsubscribedFromEmails: integer("unsubscribed_from_emails", { mode: "boolean" }).notNull().default(false),
  customAttributes: text("custom_attributes", { mode: "json" })
    .$type<Record<string, string | number | boolean | null>>()
    .notNull()
    .default(sql`'{}'`),
  createdAt: integer("created_at").notNull(),
  updatedAt: integer("updated_at").notNull(),
  lastPageUrl: text("last_page_url"),
  // Migration 0009: when a signed identity first proved this contact; whether its email was signed or set by REST;
  // the number its visitor tokens must carry (bumped to revoke them).
  verifiedAt: integer("verified_at"),
  emailVerified: integer("email_verified", { mode: "boolean" }).notNull().default(false),
  tokenGeneration: integer("token_generation").notNull().default(0),
});

export const contactEvents = sqliteTable("contact_events", {
  id: integer("id").primaryKey(),
  workspaceId: integer("workspace_id").notNull(),
  contactId: text("contact_id").notNull(),
  name: text("name").notNull(),
  createdAt: integer("created_at").notNull(),
  metadata: text("metadata", { mode: "json" }).$type<Record<string, unknown>>().notNull().default(sql`'{}'`),
});

export const conversations = sqliteTable("conversations", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  workspaceId: integer("workspace_id").notNull(),
  contactId: text("contact_id").notNull(),
  state: text("state", { enum: ["open", "closed", "snoozed"] }).notNull().default("open"),
  snoozedUntil: integer("snoozed_until"),
  adminAssigneeId: integer("admin_assignee_id"),
  teamAssigneeId: integer("team_assignee_id"),
  sourceAuthorType: text("source_author_type", { enum: ["user", "admin"] }).notNull(),
  sourceAuthorId: text("source_author_id").notNull(),
  sourceBody: text("source_body").notNull(),
  pageUrl: text("page_url"),
  createdAt: integer("created_at").notNull(),
  updatedAt: integer("updated_at").notNull(),
  waitingSince: integer("waiting_since"),
  firstAdminReplyAt: integer("first_admin_reply_at"),
  closedAt: integer("closed_at"),
  lastSeq: integer("last_seq").notNull().default(0),
  lastPartAt: integer("last_part_at").notNull(),
  lastPartAuthorType: text("last_part_author_type").notNull(),
  lastPartPreview: text("last_part_preview").notNull().default(""),
  partsCount: integer("parts_count").notNull().default(0),
  unreadByUser: integer("unread_by_user").notNull().default(0),
  unreadByAdmin: integer("unread_by_admin").notNull().default(0),
  sourceClientId: text("source_client_id"),
  contactRepliedAt: integer("contact_replied_at"),
});

export type Conversation = typeof conversations.$inferSelect;
export type Workspace = typeof workspaces.$inferSelect;
export type Admin = typeof admins.$inferSelect;
export type Team = typeof teams.$inferSelect;
export type Contact = typeof contacts.$inferSelect;
export type NewContact = typeof contacts.$inferInsert;
// Migration 0018.
export * from "./noteSchema.ts";

// Help center feedback and reports (migration 0005). Article ids are article paths from the build.

export const helpArticleCounters = sqliteTable(
  "help_article_counters",
  {
    workspaceId: integer("workspace_id").notNull(),
    articleId: text("article_id").notNull(),
    views: integer("views").notNull().default(0),
    talkToUs: integer("talk_to_us").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.articleId] })],
);

export const helpReactions = sqliteTable(
  "help_reactions",
  {
    workspaceId: integer("workspace_id").notNull(),
    articleId: text("article_id").notNull(),
    visitorHash: text("visitor_hash").notNull(),
    reaction: text("reaction", { enum: ["sad", "neutral", "happy"] }).notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.articleId, t.visitorHash] })],
);

export const helpMissedSearches = sqliteTable(
  "help_missed_searches",
  {
    workspaceId: integer("workspace_id").notNull(),
    query: text("query").notNull(),
    count: integer("count").notNull().default(0),
    lastSearchedAt: integer("last_searched_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.query] })],
);

export const helpRateWindows = sqliteTable(
  "help_rate_windows",
  {
    workspaceId: integer("workspace_id").notNull(),
    keyHash: text("key_hash").notNull(),
    windowStart: integer("window_start").notNull(),
    hits: integer("hits").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.keyHash, t.windowStart] }), index("help_rate_windows_start").on(t.windowStart)],
);

// Engage (migration 0004): auto and manual messages, deliveries, the email outbox.

export const autoMessages = sqliteTable("auto_messages", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  workspaceId: integer("workspace_id").notNull(),
  title: text("title").notNull(),
  channel: text("channel", { enum: ["in_app", "email"] }).notNull(),
  subject: text("subject"),
  body: text("body").notNull(),
  fromAdminId: integer("from_admin_id").notNull(),
  rules: text("rules", { mode: "json" }).$type<unknown>().notNull(),
  state: text("state", { enum: ["live", "paused", "draft"] }).notNull(),
  createdAt: integer("created_at").notNull(),
  updatedAt: integer("updated_at").notNull(),
});

export const manualMessages = sqliteTable("manual_messages", {
  id: integer("id").primaryKey(),
  workspaceId: integer("workspace_id").notNull(),
  channel: text("channel", { enum: ["in_app", "email"] }).notNull(),
  subject: text("subject"),
  body: text("body").notNull(),
  fromAdminId: integer("from_admin_id").notNull(),
  audience: text("audience", { mode: "json" }).$type<unknown>().notNull(),
  createdAt: integer("created_at").notNull(),
  // Migration 0011: the engage runner's position in the audience, and when it reached the end.
  sendCursor: text("send_cursor"),
  finishedAt: integer("finished_at"),
});

export const deliveries = sqliteTable("deliveries", {
  id: integer("id").primaryKey(),
  workspaceId: integer("workspace_id").notNull(),
  contactId: text("contact_id").notNull(),
  channel: text("channel", { enum: ["in_app", "email"] }).notNull(),
  sentAt: integer("sent_at").notNull(),
  autoMessageId: integer("auto_message_id"),
  campaignId: integer("campaign_id"),
  campaignMessageIndex: integer("campaign_message_index"),
  manualMessageId: integer("manual_message_id"),
  conversationId: integer("conversation_id"),
  // Migration 0006: the stable campaign message a delivery belongs to.
  campaignMessageId: integer("campaign_message_id"),
  // Migration 0020: claimed deliveries are sent through a queue (worker/engage/deliveryQueue.ts).
  status: text("status", { enum: ["queued", "sent", "failed", "cancelled"] }).notNull().default("sent"),
  attempts: integer("attempts").notNull().default(0),
  lastError: text("last_error"),
  failedAt: integer("failed_at"),
  // Migration 0024: when its latest queue message was handed over (wall clock), for the sweep.
  enqueuedAt: integer("enqueued_at").notNull().default(0),
});

export const emailOutbox = sqliteTable("email_outbox", {
  id: integer("id").primaryKey(),
  workspaceId: integer("workspace_id").notNull(),
  deliveryId: integer("delivery_id"),
  recipient: text("recipient").notNull(),
  subject: text("subject").notNull(),
  text: text("text").notNull(),
  html: text("html").notNull(),
  sentAt: integer("sent_at").notNull(),
  // Migration 0019: whom and which conversation an email is about, and the Reply-To it carried.
  contactId: text("contact_id"),
  conversationId: integer("conversation_id"),
  replyTo: text("reply_to"),
});

export type AutoMessage = typeof autoMessages.$inferSelect;
export type ManualMessage = typeof manualMessages.$inferSelect;
export type Delivery = typeof deliveries.$inferSelect;
export type OutboxEmail = typeof emailOutbox.$inferSelect;

export const routingRules = sqliteTable("routing_rules", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  workspaceId: integer("workspace_id").notNull(),
  position: integer("position").notNull(),
  name: text("name").notNull(),
  conditions: text("conditions", { mode: "json" }).$type<unknown>().notNull(),
  teamId: integer("team_id").notNull(),
  assignToAdmin: integer("assign_to_admin", { mode: "boolean" }).notNull().default(false),
  createdAt: integer("created_at").notNull(),
});

// Engage campaigns (migration 0006).

export const campaigns = sqliteTable("campaigns", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  workspaceId: integer("workspace_id").notNull(),
  name: text("name").notNull(),
  target: text("target", { mode: "json" }).$type<unknown>().notNull(),
  goal: text("goal", { mode: "json" }).$type<unknown>().notNull(),
  exitRules: text("exit_rules", { mode: "json" }).$type<unknown>(),
  throttleDays: integer("throttle_days").notNull(),
  state: text("state", { enum: ["live", "paused", "draft"] }).notNull(),
  createdAt: integer("created_at").notNull(),
  updatedAt: integer("updated_at").notNull(),
  runCursor: text("run_cursor"),
});

export const campaignMessages = sqliteTable("campaign_messages", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  workspaceId: integer("workspace_id").notNull(),
  campaignId: integer("campaign_id").notNull(),
  position: integer("position").notNull(),
  title: text("title").notNull(),
  channel: text("channel", { enum: ["in_app", "email"] }).notNull(),
  subject: text("subject"),
  body: text("body").notNull(),
  fromAdminId: integer("from_admin_id").notNull(),
  priority: integer("priority").notNull(),
  rules: text("rules", { mode: "json" }).$type<unknown>(),
  removedAt: integer("removed_at"),
});

export const campaignEnrolments = sqliteTable(
  "campaign_enrolments",
  {
    workspaceId: integer("workspace_id").notNull(),
    campaignId: integer("campaign_id").notNull(),
    contactId: text("contact_id").notNull(),
    enteredAt: integer("entered_at").notNull(),
    exitedAt: integer("exited_at"),
    exitReason: text("exit_reason", { enum: ["goal_reached", "exit_rules", "completed"] }),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.contactId] })],
);

export type Campaign = typeof campaigns.$inferSelect;
export type CampaignMessage = typeof campaignMessages.$inferSelect;
export type CampaignEnrolment = typeof campaignEnrolments.$inferSelect;

// Office hours (migration 0014): team_id 0 is the workspace's own row.
export const officeHoursRows = sqliteTable(
  "office_hours",
  {
    workspaceId: integer("workspace_id").notNull(),
    teamId: integer("team_id").notNull().default(0),
    timezone: text("timezone").notNull(),
    intervals: text("intervals", { mode: "json" }).$type<unknown>().notNull(),
    replyTime: text("reply_time", { enum: ["minutes", "hours", "day"] }).notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.teamId] })],
);

export const passwordResets = sqliteTable("password_resets", {
  id: integer("id").primaryKey(),
  workspaceId: integer("workspace_id").notNull(),
  adminId: integer("admin_id").notNull(),
  tokenHash: text("token_hash").notNull(),
  createdAt: integer("created_at").notNull(),
  expiresAt: integer("expires_at").notNull(),
  usedAt: integer("used_at"),
});

// Migration 0015.
export * from "./tagSchema.ts";
// Migration 0016.
export * from "./replySchema.ts";
// Migration 0021.
export * from "./webhookSchema.ts";
// Migration 0022.
export * from "./companySchema.ts";
// Migration 0023.
export * from "./importIdSchema.ts";
