import { api, type AppRouter } from "../http/api.ts";
import {
  createAutoMessage,
  deleteAutoMessageRoute,
  getAutoMessage,
  listAutoMessages,
  updateAutoMessageRoute,
} from "./engageAutoMessages.ts";
import { audienceCountRoute, createManualMessage, listDeliveries, listOutbox } from "./engageMessages.ts";
import { unsubscribeConfirm, unsubscribePage } from "./engageUnsubscribe.ts";

export function registerEngageRoutes(router: AppRouter): void {
  router
    .get("/api/auto_messages", api(listAutoMessages))
    .post("/api/auto_messages", api(createAutoMessage))
    .get("/api/auto_messages/:id", api(getAutoMessage))
    .put("/api/auto_messages/:id", api(updateAutoMessageRoute))
    .delete("/api/auto_messages/:id", api(deleteAutoMessageRoute))
    .post("/api/manual_messages", api(createManualMessage))
    .post("/api/audience", api(audienceCountRoute))
    .get("/api/deliveries", api(listDeliveries))
    .get("/api/email_outbox", api(listOutbox))
    .get("/messenger/:app_id/unsubscribe", unsubscribePage)
    .post("/messenger/:app_id/unsubscribe", unsubscribeConfirm);
}
