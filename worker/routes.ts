// Every route of the Worker, registered from the top: areas never import each other, and the order
// here is the order in which itty-router tries them.
import { registerAdminRoutes } from "./admin/routes.ts";
import { registerCompanyRoutes } from "./api/companyRoutes.ts";
import { registerEngageRoutes } from "./api/engageRoutes.ts";
import { registerCoreRoutes } from "./api/routes.ts";
import { registerTagRoutes } from "./api/tagRoutes.ts";
import { registerWebhookRoutes } from "./api/webhookRoutes.ts";
import { registerArticleRoutes } from "./help/articlesApi.ts";
import { registerHelpRoutes } from "./help/routes.ts";
import { createRouter, routeUnknownApiPaths } from "./http/router.ts";
import { registerMessengerRoutes } from "./visitor/routes.ts";
import { registerWidgetRoutes } from "./visitor/widget.ts";

export const router = createRouter();

registerCoreRoutes(router);
registerAdminRoutes(router);
registerMessengerRoutes(router);
registerWidgetRoutes(router);
registerArticleRoutes(router);
registerHelpRoutes(router);
registerEngageRoutes(router);
registerTagRoutes(router);
registerWebhookRoutes(router);
registerCompanyRoutes(router);
routeUnknownApiPaths(router);
