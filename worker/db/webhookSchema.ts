import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

// Migration 0021: webhook subscriptions and their delivery log (docs/webhooks.md).
export const webhookSubscriptions = sqliteTable("webhook_subscriptions", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  workspaceId: integer("workspace_id").notNull(),
  url: text("url").notNull(),
  topics: text("topics", { mode: "json" }).$type<string[]>().notNull(),
  secret: text("secret").notNull(),
  createdAt: integer("created_at").notNull(),
  updatedAt: integer("updated_at").notNull(),
});

export type WebhookSubscription = typeof webhookSubscriptions.$inferSelect;

export const DELIVERY_STATUSES = ["pending", "sending", "retrying", "delivered", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const webhookDeliveries = sqliteTable("webhook_deliveries", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  workspaceId: integer("workspace_id").notNull(),
  subscriptionId: integer("subscription_id").notNull(),
  notificationId: text("notification_id").notNull(),
  topic: text("topic").notNull(),
  appId: text("app_id").notNull(),
  eventCreatedAt: integer("event_created_at").notNull(),
  item: text("item").notNull(),
  status: text("status", { enum: DELIVERY_STATUSES }).notNull(),
  attempts: integer("attempts").notNull().default(0),
  firstSentAt: integer("first_sent_at"),
  lastAttemptAt: integer("last_attempt_at"),
  responseStatus: integer("response_status"),
  latencyMs: integer("latency_ms"),
  responseExcerpt: text("response_excerpt"),
  createdAt: integer("created_at").notNull(),
});

export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
