import type { AppRouter } from "../http/api.ts";
import { api } from "../http/api.ts";
import {
  createTagRoute,
  deleteTagRoute,
  getTagRoute,
  listTagsRoute,
  tagContactRoute,
  tagConversationRoute,
  untagContactRoute,
  untagConversationRoute,
} from "./tags.ts";

export function registerTagRoutes(router: AppRouter): void {
  router
    .get("/api/tags", api(listTagsRoute))
    .post("/api/tags", api(createTagRoute))
    .get("/api/tags/:id", api(getTagRoute))
    .delete("/api/tags/:id", api(deleteTagRoute))
    .post("/api/contacts/:id/tags", api(tagContactRoute))
    .delete("/api/contacts/:id/tags/:tag_id", api(untagContactRoute))
    .post("/api/conversations/:id/tags", api(tagConversationRoute))
    .delete("/api/conversations/:id/tags/:tag_id", api(untagConversationRoute));
}
