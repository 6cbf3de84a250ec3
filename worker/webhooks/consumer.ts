import { openDb, unixNow } from "../db/client.ts";
import type { Env } from "../env.ts";
import { attemptDelivery } from "./attempt.ts";
import { fanOut, type ConversationItemBuilder } from "./fanOut.ts";
import { webhookMessage } from "./messages.ts";

/** Past the stale-claim window (worker/db/webhooks.ts), so an attempt cut short may be taken again. */
const AFTER_ERROR_S = 90;

/** The `parley-webhooks` consumer: events fan out to deliveries, deliveries are attempted and retried with backoff. */
export async function consumeWebhooks(batch: MessageBatch, env: Env, conversationItem: ConversationItemBuilder): Promise<void> {
  const db = openDb(env.DB);
  await Promise.all(
    batch.messages.map(async (message) => {
      const parsed = webhookMessage.safeParse(message.body);
      if (!parsed.success) {
        console.error(JSON.stringify({ level: "error", where: "webhooks.consume", what: "unreadable message", id: message.id }));
        return message.ack();
      }
      const body = parsed.data;
      try {
        if (body.kind !== "delivery") {
          await fanOut(env, db, body, conversationItem, unixNow());
          return message.ack();
        }
        const delay = await attemptDelivery(env, db, body.deliveryId, unixNow());
        if (delay === null) message.ack();
        else message.retry({ delaySeconds: delay });
      } catch (error) {
        console.error(JSON.stringify({ level: "error", where: "webhooks.consume", kind: body.kind, error: String(error) }));
        message.retry({ delaySeconds: AFTER_ERROR_S });
      }
    }),
  );
}
