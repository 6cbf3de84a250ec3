// The consumers of `parley-deliveries` and its dead-letter queue (wired in worker/queues.ts).
// A batch's deliveries are read in one query, their contacts in one per workspace; its in-app
// deliveries start their conversations together (one D1 batch, every room at once), emails go a
// few at a time. Each message is acked when its delivery was sent (or had been, or was cancelled)
// and retried with backoff when sending threw. After max_retries the queue moves it to the dead-letter
// queue, whose consumer marks it failed for the admin app.
import { openDb, unixNow } from "../db/client.ts";
import { contentOf, deliveriesByIds, markCancelled, markFailed, markSentMany, recordAttempt, type DeliveryContent } from "../db/deliveryQueue.ts";
import { contactsByIds } from "../db/engageAudience.ts";
import type { Contact, Delivery } from "../db/schema.ts";
import type { Env } from "../env.ts";
import type { Ctx } from "../http/context.ts";
import { sendClaimed, sendInAppMany, senderFor, type InAppSend, type Sender } from "./deliver.ts";
import { deliveryMessageSchema } from "./deliveryMessage.ts";
import { deliveryPlan, retryDelaySeconds } from "./deliveryPlan.ts";

/** Emails sent at once within a batch; in-app deliveries start all together (sendInAppMany). */
const EMAIL_PARALLEL = 10;

function idsOf(batch: MessageBatch<unknown>): Map<Message<unknown>, number> {
  const out = new Map<Message<unknown>, number>();
  for (const message of batch.messages) {
    const parsed = deliveryMessageSchema.safeParse(message.body);
    if (parsed.success) out.set(message, parsed.data.delivery_id);
    else {
      console.error(JSON.stringify({ level: "error", what: "delivery queue: malformed message", queue: batch.queue }));
      message.ack();
    }
  }
  return out;
}

async function contactsOf(c: Ctx, rows: Delivery[]): Promise<Map<string, Contact>> {
  const byWorkspace = new Map<number, string[]>();
  for (const d of rows) byWorkspace.set(d.workspaceId, [...(byWorkspace.get(d.workspaceId) ?? []), d.contactId]);
  const out = new Map<string, Contact>();
  for (const [workspaceId, ids] of byWorkspace) for (const contact of await contactsByIds(c.db, workspaceId, [...new Set(ids)])) out.set(`${workspaceId}:${contact.id}`, contact);
  return out;
}

/** One source message's words, read once per batch. */
function contentCache(c: Ctx): (d: Delivery) => Promise<DeliveryContent | null> {
  const seen = new Map<string, Promise<DeliveryContent | null>>();
  return (d) => {
    const key = `${d.autoMessageId}:${d.campaignMessageId}:${d.manualMessageId}`;
    let found = seen.get(key);
    if (!found) seen.set(key, (found = contentOf(c.db, d)));
    return found;
  };
}

interface Sent {
  message: Message<unknown>;
  id: number;
  conversationId: number | null;
}

interface ToSend {
  message: Message<unknown>;
  send: InAppSend;
}

/** Retried with backoff, the attempt recorded; after max_retries the queue moves it to the dead-letter queue. */
async function failed(c: Ctx, message: Message<unknown>, id: number, error: unknown): Promise<void> {
  console.error(JSON.stringify({ level: "error", what: "engage delivery failed", delivery_id: id, attempt: message.attempts, error: String(error) }));
  const delaySeconds = retryDelaySeconds(message.attempts);
  await recordAttempt(c.db, id, message.attempts, String(error), delaySeconds);
  message.retry({ delaySeconds });
}

/** Emails one at a time each (the Mailer reserves an outbox row per email), a few at once. */
async function sendEmails(s: Sender, work: ToSend[], sent: Sent[]): Promise<void> {
  const worker = async () => {
    for (let next = work.shift(); next; next = work.shift()) {
      const { message, send } = next;
      try {
        await sendClaimed(s, send.delivery, send.message, send.contact, "leave");
        sent.push({ message, id: send.delivery.id, conversationId: null });
      } catch (error) {
        await failed(s.c, message, send.delivery.id, error);
      }
    }
  };
  await Promise.all(Array.from({ length: EMAIL_PARALLEL }, worker));
}

/** In-app deliveries all together: one D1 batch for their conversations, every room started at once. */
async function sendInApp(s: Sender, work: ToSend[], sent: Sent[]): Promise<void> {
  const outcomes = await sendInAppMany(s, work.map((w) => w.send));
  await Promise.all(
    work.map(async ({ message, send }, i) => {
      const outcome = outcomes[i];
      if (outcome?.status === "fulfilled") sent.push({ message, id: send.delivery.id, conversationId: outcome.value.conversationId });
      else await failed(s.c, message, send.delivery.id, outcome?.reason ?? "no outcome");
    }),
  );
}

export async function consumeDeliveries(batch: MessageBatch<unknown>, env: Env, ctx: ExecutionContext): Promise<void> {
  const c: Ctx = { env, db: openDb(env.DB), requestId: `queue-${batch.messages[0]?.id ?? "empty"}`, now: unixNow(), defer: (p) => ctx.waitUntil(p) };
  const ids = idsOf(batch);
  const rows = await deliveriesByIds(c.db, [...ids.values()]);
  const byId = new Map(rows.map((d) => [d.id, d]));
  const contacts = await contactsOf(c, rows.filter((d) => d.status === "queued"));
  const content = contentCache(c);
  const inApp: ToSend[] = [];
  const emails: ToSend[] = [];
  for (const [message, id] of ids) {
    const d = byId.get(id);
    if (!d) {
      message.ack();
      continue;
    }
    const words = await content(d);
    const contact = contacts.get(`${d.workspaceId}:${d.contactId}`);
    const plan = deliveryPlan(d, words !== null, contact);
    if (plan.kind === "cancel") await markCancelled(c.db, d.id, plan.reason);
    if (plan.kind !== "send" || !words || !contact) {
      message.ack();
      continue;
    }
    (d.channel === "in_app" ? inApp : emails).push({ message, send: { delivery: d, message: { channel: d.channel, ...words }, contact } });
  }
  const sender = senderFor(c);
  const sent: Sent[] = [];
  await Promise.all([sendInApp(sender, inApp, sent), sendEmails(sender, emails, sent)]);
  // Unmarked, they would be retried, and their sends are idempotent: nothing is sent twice either way.
  await markSentMany(c.db, sent);
  for (const { message } of sent) message.ack();
}

/** The dead-letter queue: what exhausted its retries is marked failed, to be seen and retried by hand. */
export async function recordDeadDeliveries(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const ids = idsOf(batch);
  await markFailed(openDb(env.DB), [...ids.values()], unixNow());
  for (const message of ids.keys()) message.ack();
}
