// Deliveries the queue gave up on (GET /api/failed_deliveries) and retry by hand (docs/engage.md).
import { request } from "./api.ts";
import { fields } from "./decode.ts";

export interface FailedDelivery {
  id: string;
  channel: string;
  contactId: string;
  contact: string;
  source: string;
  attempts: number;
  lastError: string | null;
  failedAt: number | null;
}

function sourceOf(auto: string | null, campaign: string | null, manual: string | null): string {
  if (auto) return `Auto message ${auto}`;
  if (campaign) return `Campaign ${campaign}`;
  return manual ? `Message ${manual}` : "—";
}

export function listFailedDeliveries(signal: AbortSignal): Promise<FailedDelivery[]> {
  return request(
    "GET",
    "/api/failed_deliveries",
    (p) =>
      fields(p).list("data", (d) => ({
        id: d.id("id"),
        channel: d.str("channel"),
        contactId: d.str("contact_id"),
        contact: d.optStr("contact_name") ?? d.optStr("contact_email") ?? d.str("contact_id"),
        source: sourceOf(d.optStr("auto_message_id"), d.optStr("campaign_id"), d.optStr("manual_message_id")),
        attempts: d.num("attempts"),
        lastError: d.optStr("last_error"),
        failedAt: d.optTime("failed_at"),
      })),
    { signal },
  );
}

export function retryFailedDelivery(id: string): Promise<void> {
  return request("POST", `/api/failed_deliveries/${encodeURIComponent(id)}/retry`, () => undefined);
}
