// The help center's public endpoints, called by article pages and by the messenger from any site:
// one article as JSON for the messenger's article view, and feedback (no credentials, JSON bodies
// validated with zod, scoped to a workspace by app_id, rate limited per client address, storing
// nothing that identifies a reader).
import type { IRequest } from "itty-router";
import { z } from "zod";
import { countArticleEvent, countMissedSearch, setReaction } from "../db/helpFeedback.ts";
import { workspaceByAppId } from "../db/workspaces.ts";
import { limitAddress } from "../http/addressLimit.ts";
import { readJson } from "../http/body.ts";
import { CORS_HEADERS, corsRoute } from "../http/cors.ts";
import { param, type Ctx, type Handler } from "../http/context.ts";
import { notFound } from "../http/errors.ts";
import { sha256Hex } from "../identity/secrets.ts";
import { anonymiseQuery } from "./anonymise.ts";
import { messengerArticle } from "./articleObject.ts";
import { readerLocale } from "./homeRoutes.ts";
import { localArticle, localCollection } from "./localized.ts";
import { bodiesAt, published } from "./publishedContent.ts";

const appId = z.string().min(1).max(64);
const articleId = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, "must be an article id like collection/slug");
const articleBody = z.object({ app_id: appId, article_id: articleId });
const reactionBody = articleBody.extend({
  visitor_id: z.string().regex(/^[A-Za-z0-9_-]{8,128}$/, "must be 8 to 128 letters, digits, - or _"),
  reaction: z.enum(["sad", "neutral", "happy"]),
});
const searchBody = z.object({ app_id: appId, query: z.string().max(1000) });

/** Each client address may write 60 times a minute per workspace. */
export const HELP_RATE_LIMIT = 60;

/** Finds the workspace and counts the request against the caller's budget for this minute. */
async function admit(request: IRequest, c: Ctx, app: string): Promise<number> {
  const workspace = await workspaceByAppId(c.db, app);
  if (!workspace) throw notFound("Workspace");
  await limitAddress(request, c, workspace.id, { scope: "help-rate", perMinute: HELP_RATE_LIMIT, refusal: "Too many requests; try again in a minute." });
  return workspace.id;
}

async function requirePublished(c: Ctx, id: string): Promise<void> {
  if (!(await published(c.env)).indexOf.has(id)) throw notFound("Article");
}

const view: Handler = async (request, c) => {
  const body = await readJson(request, articleBody);
  const workspaceId = await admit(request, c, body.app_id);
  await requirePublished(c, body.article_id);
  await countArticleEvent(c.db, workspaceId, body.article_id, "views");
  return new Response(null, { status: 204 });
};

const talk: Handler = async (request, c) => {
  const body = await readJson(request, articleBody);
  const workspaceId = await admit(request, c, body.app_id);
  await requirePublished(c, body.article_id);
  await countArticleEvent(c.db, workspaceId, body.article_id, "talkToUs");
  return new Response(null, { status: 204 });
};

const react: Handler = async (request, c) => {
  const body = await readJson(request, reactionBody);
  const workspaceId = await admit(request, c, body.app_id);
  await requirePublished(c, body.article_id);
  const visitorHash = await sha256Hex(`help-visitor|${body.visitor_id}`);
  await setReaction(c.db, { workspaceId, articleId: body.article_id, visitorHash, reaction: body.reaction, at: c.now });
  return Response.json({ type: "help_reaction", article_id: body.article_id, reaction: body.reaction });
};

const missedSearch: Handler = async (request, c) => {
  const body = await readJson(request, searchBody);
  const workspaceId = await admit(request, c, body.app_id);
  const query = anonymiseQuery(body.query);
  if (query !== null) await countMissedSearch(c.db, workspaceId, query, c.now);
  return new Response(null, { status: 204 });
};

/** One published article for the messenger, from the build's manifest and body chunks. */
const messengerArticleRoute: Handler = async (request, c) => {
  const file = param(request, "file");
  if (!file.endsWith(".json")) throw notFound("Article");
  const id = `${param(request, "collection")}/${file.slice(0, -".json".length)}`;
  const content = await published(c.env);
  const position = content.indexOf.get(id);
  const article = position === undefined ? undefined : content.manifest.articles[position];
  if (position === undefined || !article) throw notFound("Article");
  const wanted = readerLocale(request, content.manifest);
  const local = localArticle(content.manifest, article, wanted);
  const bodies = await bodiesAt(c.env, content, [position]);
  const found = content.manifest.collections.find((col) => col.id === article.collection);
  const collection = found ? localCollection(found, local.locale).name : article.collection;
  const body = messengerArticle(local, collection, bodies.get(local.bodyKey) ?? "", wanted);
  return Response.json(body, { headers: { "cache-control": "public, max-age=300" } });
};

export const helpPublicRoutes: ReadonlyArray<[string, Handler]> = [
  ["/hc/api/views", corsRoute(view)],
  ["/hc/api/talk", corsRoute(talk)],
  ["/hc/api/reactions", corsRoute(react)],
  ["/hc/api/searches", corsRoute(missedSearch)],
];

export const helpArticleRoute = corsRoute(messengerArticleRoute);

export const helpPreflight: Handler = () => new Response(null, { status: 204, headers: CORS_HEADERS });
