import type { AppRouter } from "../http/api.ts";
import { api } from "../http/api.ts";
import { createWebhook, deleteWebhook, getWebhook, listWebhookDeliveries, listWebhooks, redeliverWebhook, rotateWebhookSecret } from "./webhooks.ts";

export function registerWebhookRoutes(router: AppRouter): void {
  router
    .post("/api/webhooks", api(createWebhook))
    .get("/api/webhooks", api(listWebhooks))
    .get("/api/webhooks/:id", api(getWebhook))
    .delete("/api/webhooks/:id", api(deleteWebhook))
    .post("/api/webhooks/:id/rotate_secret", api(rotateWebhookSecret))
    .get("/api/webhooks/:id/deliveries", api(listWebhookDeliveries))
    .post("/api/webhooks/:id/deliveries/:delivery_id/redeliver", api(redeliverWebhook));
}
