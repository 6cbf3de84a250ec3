import type { IRequest } from "itty-router";
import { z } from "zod";
import { parseLanguageList, pickLocale } from "../../shared/help/pickLocale.ts";
import { mostViewedArticleIds } from "../db/helpPopular.ts";
import { workspaceByAppId } from "../db/workspaces.ts";
import { corsRoute } from "../http/cors.ts";
import { param, queryString, type Handler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { helpCollection, helpHome, POPULAR_ARTICLES } from "./helpHome.ts";
import { localArticle } from "./localized.ts";
import type { Manifest } from "./manifestSchema.ts";
import { published, searchTerms } from "./publishedContent.ts";
import { highlight, searchableIn, searchArticles } from "./search.ts";

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
  return Response.json(helpHome(content.manifest, viewed, readerLocale(request, content.manifest)), { headers: CACHE });
};

const collection: Handler = async (request, c) => {
  const { manifest } = await published(c.env);
  const found = helpCollection(manifest, param(request, "id"), readerLocale(request, manifest));
  if (!found) throw notFound("Collection");
  return Response.json(found, { headers: CACHE });
};

const SEARCH_RESULTS = 8;
const query = z.string().trim().min(1).max(200);

/** The Help space's search, in the reader's language: title and description with the matched words marked. */
const search: Handler = async (request, c) => {
  const phrase = query.safeParse(queryString(request, "q"));
  if (!phrase.success) throw new ApiError("parameter_invalid", "q: must be 1 to 200 characters.");
  const [{ manifest }, terms] = await Promise.all([published(c.env), searchTerms(c.env)]);
  const locale = readerLocale(request, manifest);
  const byId = new Map(manifest.articles.map((a) => [a.id, a]));
  const results = searchArticles(phrase.data, searchableIn(manifest, terms, locale))
    .slice(0, SEARCH_RESULTS)
    .flatMap((hit) => {
      const article = byId.get(hit.id);
      if (!article) return [];
      const local = localArticle(manifest, article, locale);
      return [{ id: local.id, title: local.title, locale: local.locale, excerpt: highlight(local.description, phrase.data) }];
    });
  return Response.json({ locale, results }, { headers: CACHE });
};

/** `lang=fr-CA,fr,en`: the reader's languages, best first, as the messenger sends them. */
export function readerLocale(request: IRequest, manifest: Manifest): string {
  return pickLocale(parseLanguageList(queryString(request, "lang")), manifest.locales, manifest.default_locale);
}

export const helpHomeRoute = corsRoute(home);
export const helpSearchRoute = corsRoute(search);
export const helpCollectionRoute = corsRoute(collection);
