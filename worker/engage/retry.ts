// Retry by hand (Messages → Failed in the admin app): a failed delivery goes back to queued with
// fresh attempts and is queued again, or sent at once where no queue is bound.
import { contactById } from "../db/contacts.ts";
import { contentOf, requeueFailed } from "../db/deliveryQueue.ts";
import type { Delivery } from "../db/schema.ts";
import type { Ctx } from "../http/context.ts";
import { senderFor } from "./deliver.ts";
import { dispatchFor, flush, hand } from "./dispatch.ts";

export async function retryFailedDelivery(c: Ctx, workspaceId: number, id: number): Promise<Delivery | undefined> {
  const delivery = await requeueFailed(c.db, workspaceId, id);
  if (!delivery) return undefined;
  const s = senderFor(c);
  const d = dispatchFor(c.env, 0);
  const [content, contact] = d.queue ? [null, undefined] : await Promise.all([contentOf(c.db, delivery), contactById(c.db, workspaceId, delivery.contactId)]);
  await hand(s, d, delivery, { channel: delivery.channel, subject: content?.subject ?? null, body: content?.body ?? "", fromAdminId: content?.fromAdminId ?? 0 }, contact);
  await flush(s, d);
  return delivery;
}
