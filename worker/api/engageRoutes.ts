import { api, type AppRouter } from "../http/api.ts";
import {
  createAutoMessage,
  deleteAutoMessageRoute,
  getAutoMessage,
  listAutoMessages,
  updateAutoMessageRoute,
} from "./engageAutoMessages.ts";
import { campaignStats, createCampaign, deleteCampaignRoute, getCampaign, listCampaigns, updateCampaignRoute } from "./engageCampaigns.ts";
import { listEmails } from "./emails.ts";
import { audienceCountRoute, createManualMessage, listDeliveries, listOutbox } from "./engageMessages.ts";
import { listFailedDeliveries, retryFailedDeliveryRoute } from "./engageFailed.ts";
import { unsubscribeConfirm, unsubscribePage } from "./engageUnsubscribe.ts";

export function registerEngageRoutes(router: AppRouter): void {
  router
    .get("/api/auto_messages", api(listAutoMessages))
    .post("/api/auto_messages", api(createAutoMessage))
    .get("/api/auto_messages/:id", api(getAutoMessage))
    .put("/api/auto_messages/:id", api(updateAutoMessageRoute))
    .delete("/api/auto_messages/:id", api(deleteAutoMessageRoute))
    .get("/api/campaigns", api(listCampaigns))
    .post("/api/campaigns", api(createCampaign))
    .get("/api/campaigns/:id/stats", api(campaignStats))
    .get("/api/campaigns/:id", api(getCampaign))
    .put("/api/campaigns/:id", api(updateCampaignRoute))
    .delete("/api/campaigns/:id", api(deleteCampaignRoute))
    .post("/api/manual_messages", api(createManualMessage))
    .post("/api/audience", api(audienceCountRoute))
    .get("/api/deliveries", api(listDeliveries))
    .get("/api/failed_deliveries", api(listFailedDeliveries))
    .post("/api/failed_deliveries/:id/retry", api(retryFailedDeliveryRoute))
    .get("/api/email_outbox", api(listOutbox))
    .get("/api/emails", api(listEmails))
    .get("/messenger/:app_id/unsubscribe", unsubscribePage)
    .post("/messenger/:app_id/unsubscribe", unsubscribeConfirm);
}
