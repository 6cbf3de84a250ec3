import { Router, type IRequest } from "itty-router";
import type { AppRouter } from "./api.ts";
import type { Ctx } from "./context.ts";
import { ApiError, requestLogFields, toErrorResponse } from "./errors.ts";
import { rejectMalformedPath } from "./paths.ts";

/** An empty router whose uncaught errors become Intercom-shaped error responses. */
export function createRouter(): AppRouter {
  return Router<IRequest, [Ctx]>({
    before: [rejectMalformedPath],
    catch: (error: unknown, request: IRequest, c: Ctx) =>
      toErrorResponse(c.requestId, error, requestLogFields(request)),
  });
}

const unknownResource = () => {
  throw new ApiError("not_found", "Resource Not Found");
};

/** Registered last: API paths no route matched answer 404 in JSON instead of reaching the assets. */
export function routeUnknownApiPaths(router: AppRouter): void {
  router.all("/api/*", unknownResource).all("/admin/api/*", unknownResource);
}
