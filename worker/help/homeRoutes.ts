import { z } from "zod";
import { mostViewedArticleIds } from "../db/helpPopular.ts";
import { workspaceByAppId } from "../db/workspaces.ts";
import { corsRoute } from "../http/cors.ts";
import { param, queryString, type Handler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { helpCollection, helpHome, POPULAR_ARTICLES } from "./helpHome.ts";
import { published } from "./publishedContent.ts";

// Read-only endpoints for the messenger's Help space, public like the article JSON: the home with
// collections and popular articles (views are per workspace, hence app_id), and one collection.
const CACHE = { "cache-control": "public, max-age=60" };
const appId = z.string().min(1).max(64);

const home: Handler = async (request, c) => {
  const app = appId.safeParse(queryString(request, "app_id"));
  if (!app.success) throw new ApiError("parameter_invalid", "app_id: must be the workspace's app id.");
  const workspace = await workspaceByAppId(c.db, app.data);
  if (!workspace) throw notFound("Workspace");
  const [content, viewed] = await Promise.all([published(c.env), mostViewedArticleIds(c.db, workspace.id, POPULAR_ARTICLES * 4)]);
  return Response.json(helpHome(content.manifest, viewed), { headers: CACHE });
};

const collection: Handler = async (request, c) => {
  const found = helpCollection((await published(c.env)).manifest, param(request, "id"));
  if (!found) throw notFound("Collection");
  return Response.json(found, { headers: CACHE });
};

export const helpHomeRoute = corsRoute(home);
export const helpCollectionRoute = corsRoute(collection);
