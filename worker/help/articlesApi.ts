// Articles API (CONTRACT §4): read-only, published articles only, ids are article paths. Fed
// from the manifest the build publishes, never from MDX (publishedContent.ts).
import type { IRequest } from "itty-router";
import { articleStats } from "../db/helpReports.ts";
import type { AppRouter } from "../http/api.ts";
import { api } from "../http/api.ts";
import { param, queryString, type AuthedCtx, type AuthedHandler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { articleObject, statisticsObject } from "./articleObject.ts";
import { versionsOf } from "./localized.ts";
import { pageWindow, type PageWindow } from "./pageNumbers.ts";
import { bodiesAt, published, searchTerms, type Published } from "./publishedContent.ts";
import { highlight, searchableIn, searchArticles } from "./search.ts";

const MAX_SEARCH_PER_PAGE = 50;

function windowOf(request: IRequest, total: number, max?: number): PageWindow {
  const window = pageWindow(total, queryString(request, "page"), queryString(request, "per_page"), max);
  if (!window) throw new ApiError("parameter_invalid", "page and per_page must be positive whole numbers.");
  return window;
}

function pagesObject(request: IRequest, w: PageWindow) {
  const next = new URL(request.url);
  next.searchParams.set("page", String(w.page + 1));
  next.searchParams.set("per_page", String(w.perPage));
  return { type: "pages" as const, page: w.page, per_page: w.perPage, total_pages: w.totalPages, next: w.page < w.totalPages ? next.toString() : null };
}

async function articlesAt(c: AuthedCtx, content: Published, positions: number[]) {
  const bodies = await bodiesAt(c.env, content, positions);
  return positions.flatMap((i) => {
    const article = content.manifest.articles[i];
    if (!article) return [];
    const versions = versionsOf(content.manifest, article).map((v) => ({ locale: v.locale, title: v.title, description: v.description, body: bodies.get(v.bodyKey) ?? "", url: v.url }));
    return [articleObject(article, c.principal.workspaceId, bodies.get(article.id) ?? "", versions, content.manifest.default_locale)];
  });
}

export const listArticles: AuthedHandler = async (request, c) => {
  const content = await published(c.env);
  const w = windowOf(request, content.manifest.articles.length);
  const positions = Array.from({ length: w.end - w.start }, (_, i) => w.start + i);
  const data = await articlesAt(c, content, positions);
  return Response.json({ type: "list", pages: pagesObject(request, w), total_count: content.manifest.articles.length, data });
};

export const getArticle: AuthedHandler = async (request, c) => {
  const id = request.params.slug === undefined ? param(request, "id") : `${param(request, "collection")}/${param(request, "slug")}`;
  const content = await published(c.env);
  const position = content.indexOf.get(id);
  if (position === undefined) throw notFound("Article");
  const [[article], stats] = await Promise.all([articlesAt(c, content, [position]), articleStats(c.db, c.principal.workspaceId)]);
  const row = stats.find((s) => s.articleId === id);
  const statistics = statisticsObject({ views: row?.views ?? 0, conversions: row?.talkToUs ?? 0, happy: row?.happy ?? 0, neutral: row?.neutral ?? 0, sad: row?.sad ?? 0 });
  return Response.json({ ...article, statistics });
};

export const searchArticlesRoute: AuthedHandler = async (request, c) => {
  const phrase = queryString(request, "phrase") ?? "";
  const state = queryString(request, "state") ?? "published";
  if (!["published", "draft", "all"].includes(state)) throw new ApiError("parameter_invalid", "state must be published, draft or all.");
  const [content, terms] = await Promise.all([published(c.env), searchTerms(c.env)]);
  // `locale` (Parley's addition) searches one language's versions; the default language otherwise.
  const locale = queryString(request, "locale") ?? content.manifest.default_locale;
  if (!content.manifest.locales.includes(locale)) throw new ApiError("parameter_invalid", `locale must be one of ${content.manifest.locales.join(", ")}.`);
  const found = state === "draft" ? [] : searchArticles(phrase, searchableIn(content.manifest, terms, locale));
  const w = windowOf(request, found.length, MAX_SEARCH_PER_PAGE);
  const positions = found.slice(w.start, w.end).flatMap((hit) => content.indexOf.get(hit.id) ?? []);
  const articles = await articlesAt(c, content, positions);
  const highlights =
    queryString(request, "highlight") === "true"
      ? articles.map((a) => ({ article_id: a.id, highlighted_title: highlight(a.title, phrase), highlighted_summary: [highlight(a.description, phrase)] }))
      : [];
  return Response.json({ type: "list", total_count: found.length, data: { articles, highlights }, pages: pagesObject(request, w) });
};

const readOnly = () => {
  throw new ApiError("method_not_allowed", "Articles are written in git and published by the build; the API is read-only.", { allow: "GET" });
};

export function registerArticleRoutes(router: AppRouter): void {
  router
    .get("/api/articles", api(listArticles))
    .get("/api/articles/search", api(searchArticlesRoute))
    .get("/api/articles/:collection/:slug", api(getArticle))
    .get("/api/articles/:id", api(getArticle))
    .post("/api/articles", api(readOnly))
    .post("/api/articles/*", api(readOnly))
    .put("/api/articles/*", api(readOnly))
    .patch("/api/articles/*", api(readOnly))
    .delete("/api/articles/*", api(readOnly));
}
