// The help-center reports (worker/help/adminRoutes.ts), decoded field by field.
import { request } from "./api.ts";
import { fields, type Fields } from "./decode.ts";

export interface ArticleReport {
  id: string;
  title: string;
  collection: string;
  url: string;
  views: number;
  talkToUs: number;
  happy: number;
  neutral: number;
  sad: number;
}

export interface MissedSearch {
  query: string;
  count: number;
  lastSearchedAt: number;
}

function parseArticle(f: Fields): ArticleReport {
  const reactions = f.obj("reactions");
  return {
    id: f.str("id"),
    title: f.str("title"),
    collection: f.str("collection"),
    url: f.str("url"),
    views: f.num("views"),
    talkToUs: f.num("talk_to_us"),
    happy: reactions.num("happy"),
    neutral: reactions.num("neutral"),
    sad: reactions.num("sad"),
  };
}

function parseSearch(f: Fields): MissedSearch {
  return { query: f.str("query"), count: f.num("count"), lastSearchedAt: f.time("last_searched_at") };
}

export function listArticleReports(signal: AbortSignal): Promise<ArticleReport[]> {
  return request("GET", "/admin/api/help/articles", (payload) => fields(payload).list("data", parseArticle), { signal });
}

export function listMissedSearches(signal: AbortSignal): Promise<MissedSearch[]> {
  return request("GET", "/admin/api/help/searches", (payload) => fields(payload).list("data", parseSearch), { signal });
}
