// Claimed deliveries leave a run (or a manual message's request) in one of two ways: the first
// few are sent right there, so a handful of due messages arrives without the queue's delay, and
// every other one is handed to the `parley-deliveries` queue in batches of 100. A run therefore
// costs a few D1 statements and one sendBatch per 100 deliveries, however large the audience.
// Each run also re-enqueues deliveries whose queue message was lost (sweepLost).
import { claimDelivery } from "../db/deliveries.ts";
import { unixNow } from "../db/client.ts";
import { claimDeliveries, markFailed, recordAttempt, takeStaleQueued } from "../db/deliveryQueue.ts";
import { contactsByIds } from "../db/engageAudience.ts";
import type { Contact, Delivery } from "../db/schema.ts";
import type { Env } from "../env.ts";
import { mayEmail, sendClaimed, type Message, type Sender, type Source } from "./deliver.ts";
import { deliveryMessage, type DeliveryMessage } from "./deliveryMessage.ts";
import { retryDelaySeconds } from "./deliveryPlan.ts";

const SEND_BATCH = 100;
/**
 * A queued delivery whose queue message is this overdue was lost (wrangler dev keeps its queues in
 * memory, so a reload or a crash drops them); re-enqueued at most SWEEP_LIMIT a run. A message
 * merely waiting in a long backlog may be enqueued twice: the consumer sends it once all the same.
 */
export const STALE_SECONDS = 300;
const SWEEP_LIMIT = 5000;

export interface Dispatch {
  /** How many more deliveries this run sends itself before queueing the rest. */
  inlineLeft: number;
  /** Absent where no queue is bound: then everything is sent inline, as before queues. */
  queue: Queue<unknown> | undefined;
  buffered: { id: number; delaySeconds?: number }[];
  /** Deliveries handed to the queue so far. */
  queued: number;
}

export function dispatchFor(env: Env, inline: number): Dispatch {
  return { inlineLeft: Math.max(0, inline), queue: env.DELIVERIES, buffered: [], queued: 0 };
}

/** Whether one more email may go to each contact, 50 lookups at a time. */
async function emailable(s: Sender, rows: Contact[]): Promise<Contact[]> {
  const out: Contact[] = [];
  for (let i = 0; i < rows.length; i += 50) {
    const chunk = rows.slice(i, i + 50);
    const allowed = await Promise.all(chunk.map((contact) => mayEmail(s.c, contact)));
    out.push(...chunk.filter((_, j) => allowed[j]));
  }
  return out;
}

/** Sends a claimed delivery now, or queues it; an inline failure is queued for the retries. */
export async function hand(s: Sender, d: Dispatch, delivery: Delivery, message: Message, contact: Contact | undefined): Promise<void> {
  if (d.queue && (d.inlineLeft <= 0 || !contact)) return buffer(s, d, { id: delivery.id });
  d.inlineLeft--;
  try {
    if (!contact) throw new Error("the contact was not loaded");
    await sendClaimed(s, delivery, message, contact);
  } catch (error) {
    console.error(JSON.stringify({ level: "error", what: "engage delivery failed", delivery_id: delivery.id, error: String(error) }));
    if (!d.queue) return markFailed(s.c.db, [delivery.id], s.c.now, String(error));
    await recordAttempt(s.c.db, delivery.id, 1, String(error), retryDelaySeconds(1));
    await buffer(s, d, { id: delivery.id, delaySeconds: retryDelaySeconds(1) });
  }
}

async function buffer(s: Sender, d: Dispatch, item: Dispatch["buffered"][number]): Promise<void> {
  d.buffered.push(item);
  if (d.buffered.length >= SEND_BATCH) await flush(s, d);
}

/**
 * Sends what is buffered. A batch the queue refuses is marked failed at once (it shows in the
 * admin app, which can retry it) rather than left claimed and never sent.
 */
export async function flush(s: Sender, d: Dispatch): Promise<void> {
  while (d.queue && d.buffered.length > 0) {
    const batch = d.buffered.splice(0, SEND_BATCH);
    try {
      await d.queue.sendBatch(batch.map((b) => ({ body: deliveryMessage(b.id) satisfies DeliveryMessage, contentType: "json" as const, ...(b.delaySeconds ? { delaySeconds: b.delaySeconds } : {}) })));
      d.queued += batch.length;
    } catch (error) {
      console.error(JSON.stringify({ level: "error", what: "engage enqueue failed", deliveries: batch.length, error: String(error) }));
      await markFailed(s.c.db, batch.map((b) => b.id), s.c.now, `could not be queued: ${String(error)}`);
    }
  }
}

/** One delivery claimed under its unique index, then handed on; undefined when someone holds it already. */
export async function deliver(s: Sender, source: Source, message: Message, contact: Contact, d?: Dispatch): Promise<Delivery | undefined> {
  // Checked before the claim, so a capped email is not lost: a later run finds it still due.
  if (message.channel === "email" && !(await mayEmail(s.c, contact))) return undefined;
  const claim = await claimDelivery(s.c.db, { ...source, workspaceId: contact.workspaceId, contactId: contact.id, channel: message.channel, sentAt: s.c.now, status: "queued", enqueuedAt: unixNow() });
  if (!claim) return undefined;
  // Alone (a visit's evaluation), it is sent at once; the queue only takes it if that fails.
  const dispatch = d ?? dispatchFor(s.c.env, 1);
  await hand(s, dispatch, claim, message, contact);
  if (!d) await flush(s, dispatch);
  return claim;
}

/**
 * A page of one auto or manual message: claims every contact in `ids` that holds no delivery of
 * it yet, in one statement, and hands each claim on. `contacts` are the page's rows when the
 * caller loaded them (email needs them for the cap; in-app loads only those sent inline).
 */
export async function claimPage(s: Sender, d: Dispatch, source: { autoMessageId: number } | { manualMessageId: number }, message: Message, workspaceId: number, ids: readonly string[], contacts?: Contact[]): Promise<number> {
  let eligible = ids;
  if (message.channel === "email") {
    eligible = (await emailable(s, contacts ?? (await contactsByIds(s.c.db, workspaceId, ids)))).map((contact) => contact.id);
  }
  const claimed = await claimDeliveries(s.c.db, { ...source, workspaceId, channel: message.channel, sentAt: s.c.now, status: "queued" }, eligible);
  const inline = d.queue ? claimed.slice(0, d.inlineLeft) : claimed;
  const known = new Map((contacts ?? (inline.length > 0 ? await contactsByIds(s.c.db, workspaceId, inline.map((c) => c.contactId)) : [])).map((c) => [c.id, c]));
  for (const delivery of claimed) await hand(s, d, delivery, message, known.get(delivery.contactId));
  return claimed.length;
}

/** Hands lost deliveries (still queued, their message long overdue) to the queue again; how many. */
export async function sweepLost(s: Sender, d: Dispatch): Promise<number> {
  if (!d.queue) return 0;
  try {
    const ids = await takeStaleQueued(s.c.db, STALE_SECONDS, SWEEP_LIMIT);
    for (const id of ids) await buffer(s, d, { id });
    await flush(s, d);
    if (ids.length > 0) console.log(JSON.stringify({ level: "info", what: "engage sweep: re-enqueued lost deliveries", deliveries: ids.length }));
    return ids.length;
  } catch (error) {
    console.error(JSON.stringify({ level: "error", what: "engage sweep failed", error: String(error) }));
    return 0;
  }
}
