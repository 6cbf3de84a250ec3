// Deliveries that exhausted their retries (the dead-letter queue's record), for the admin app's
// Messages → Failed tab, and retry by hand. Parley's own endpoints (docs/engage.md).
import type { FailedDelivery } from "../db/deliveryQueue.ts";
import { failedDeliveriesOf } from "../db/deliveryQueue.ts";
import { retryFailedDelivery } from "../engage/retry.ts";
import { param, type AuthedHandler } from "../http/context.ts";
import { notFound } from "../http/errors.ts";
import { deliveryView } from "./engageMessages.ts";
import { numericId } from "./engageInput.ts";

function failedView(d: FailedDelivery) {
  return {
    ...deliveryView(d),
    type: "failed_delivery",
    contact_name: d.contactName,
    contact_email: d.contactEmail,
    attempts: d.attempts,
    last_error: d.lastError,
    failed_at: d.failedAt,
  };
}

export const listFailedDeliveries: AuthedHandler = async (_request, c) => {
  const rows = await failedDeliveriesOf(c.db, c.principal.workspaceId, 200);
  return Response.json({ type: "list", data: rows.map(failedView) });
};

export const retryFailedDeliveryRoute: AuthedHandler = async (request, c) => {
  const retried = await retryFailedDelivery(c, c.principal.workspaceId, numericId(param(request, "id")));
  if (!retried) throw notFound("Failed delivery");
  return Response.json({ ...deliveryView(retried), status: "queued" });
};
