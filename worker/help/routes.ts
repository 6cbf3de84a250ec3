import type { AppRouter } from "../http/api.ts";
import { helpArticleReport, helpSearchReport } from "./adminRoutes.ts";
import { helpCollectionRoute, helpHomeRoute, helpSearchRoute } from "./homeRoutes.ts";
import { previewRoute } from "./preview.ts";
import { helpArticleRoute, helpPreflight, helpPublicRoutes } from "./publicRoutes.ts";

/** Public article JSON and feedback endpoints, the admin preview and the admin reports. */
export function registerHelpRoutes(router: AppRouter): void {
  router.options("/hc/api/*", helpPreflight).options("/hc/articles/*", helpPreflight).get("/hc/articles/:collection/:file", helpArticleRoute);
  for (const [path, handler] of helpPublicRoutes) router.post(path, handler);
  router.get("/hc/api/home", helpHomeRoute).get("/hc/api/collections/:id", helpCollectionRoute).get("/hc/api/search", helpSearchRoute);
  router
    .get("/admin/api/help/articles", helpArticleReport)
    .get("/admin/api/help/searches", helpSearchReport)
    .all("/admin/help", previewRoute)
    .all("/admin/help/*", previewRoute);
}
