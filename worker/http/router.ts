import { Router, type IRequest } from "itty-router";
import { registerAdminRoutes } from "../admin/routes.ts";
import { registerArticleRoutes } from "../api/articles.ts";
import { registerEngageRoutes } from "../api/engageRoutes.ts";
import { registerCoreRoutes } from "../api/routes.ts";
import { registerHelpRoutes } from "../help/routes.ts";
import { registerMessengerRoutes } from "../visitor/routes.ts";
import { registerWidgetRoutes } from "../visitor/widget.ts";
import type { AppRouter } from "./api.ts";
import type { Ctx } from "./context.ts";
import { ApiError, toErrorResponse } from "./errors.ts";

const router: AppRouter = Router<IRequest, [Ctx]>({
  catch: (error: unknown, request: IRequest, c: Ctx) =>
    toErrorResponse(c.requestId, error, { method: request.method, path: new URL(request.url).pathname }),
});

// Each area registers its own routes; the catch-alls come last.
registerCoreRoutes(router);
registerAdminRoutes(router);
registerMessengerRoutes(router);
registerWidgetRoutes(router);
registerArticleRoutes(router);
registerHelpRoutes(router);
registerEngageRoutes(router);

const unknownResource = () => {
  throw new ApiError("not_found", "Resource Not Found");
};
router.all("/api/*", unknownResource).all("/admin/api/*", unknownResource);

export { router };
