// Every Cloudflare Queue this Worker consumes, dispatched on the batch's queue name: a new queue
// is one binding in wrangler.toml plus one branch here. Each consumer checks its own bodies.
import type { Env } from "./env.ts";
import { consumeDeliveries, recordDeadDeliveries } from "./engage/deliveryQueue.ts";
import { conversationItem } from "./api/webhookItems.ts";
import { consumeWebhooks } from "./webhooks/consumer.ts";

export const QUEUES = {
  deliveries: "parley-deliveries",
  deadDeliveries: "parley-deliveries-dlq",
  webhooks: "parley-webhooks",
} as const;

export async function consumeQueue(batch: MessageBatch<unknown>, env: Env, ctx: ExecutionContext): Promise<void> {
  switch (batch.queue) {
    case QUEUES.deliveries:
      return consumeDeliveries(batch, env, ctx);
    case QUEUES.deadDeliveries:
      return recordDeadDeliveries(batch, env);
    case QUEUES.webhooks:
      return consumeWebhooks(batch, env, conversationItem);
    default:
      // A queue bound here by mistake: leave its messages to retry rather than lose them.
      console.error(JSON.stringify({ level: "error", what: "unknown queue", queue: batch.queue }));
      batch.retryAll();
  }
}
