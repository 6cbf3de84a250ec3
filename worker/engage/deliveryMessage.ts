// What travels on the `parley-deliveries` queue (and its dead-letter queue): only the claimed
// delivery's id. The row in D1 says the rest, so a message stays small (100 fit one sendBatch)
// and a delivery whose message was deleted meanwhile is cancelled, not sent stale.
import { z } from "zod";

export const deliveryMessageSchema = z.object({ delivery_id: z.number().int().positive() });
export type DeliveryMessage = z.infer<typeof deliveryMessageSchema>;

export function deliveryMessage(id: number): DeliveryMessage {
  return { delivery_id: id } satisfies DeliveryMessage;
}
