import * as z from "zod/mini";
import type { Core } from "../../loader/types.ts";
import { attributeAllowed, elementAction } from "./articleAllowList.ts";

// The help center inside the messenger: Pagefind's index (loaded only when Help opens) for
// search, and the build's article JSON for reading without leaving the page.
const pagefindModule = z.object({ search: z.custom<(q: string) => Promise<unknown>>((v) => typeof v === "function") });
const searchResponse = z.object({ results: z.array(z.object({ data: z.custom<() => Promise<unknown>>((v) => typeof v === "function") })) });
const resultData = z.object({ url: z.string(), excerpt: z.string(), meta: z.object({ title: z.optional(z.string()) }) });
const article = z.object({ id: z.string(), title: z.string(), description: z.string(), html: z.string(), url: z.string() });

export type HelpResult = { id: string; title: string; excerpt: string };
export type Article = z.infer<typeof article>;

let pagefind: Promise<z.infer<typeof pagefindModule> | null> | null = null;

function loadPagefind(core: Core) {
  pagefind ??= import(/* @vite-ignore */ `${core.base}/pagefind/pagefind.js`)
    .then((mod: unknown) => {
      const parsed = pagefindModule.safeParse(mod);
      return parsed.success ? parsed.data : null;
    })
    .catch(() => null);
  return pagefind;
}

/** Article ids are the paths of article pages: /collection/slug/ → collection/slug. */
export function articleIdOf(url: string): string | null {
  const match = /^(?:https?:\/\/[^/]+)?\/([a-z0-9-]+\/[a-z0-9-]+)\/?(?:[?#].*)?$/.exec(url);
  return match?.[1] ?? null;
}

export async function searchHelp(core: Core, query: string): Promise<HelpResult[]> {
  const index = await loadPagefind(core);
  if (!index) return [];
  const response = searchResponse.safeParse(await index.search(query));
  if (!response.success) return [];
  const data = await Promise.all(response.data.results.slice(0, 8).map((r) => r.data()));
  const results = data.flatMap((d) => {
    const parsed = resultData.safeParse(d);
    const id = parsed.success ? articleIdOf(parsed.data.url) : null;
    return parsed.success && id ? [{ id, title: parsed.data.meta.title ?? id, excerpt: parsed.data.excerpt }] : [];
  });
  if (results.length === 0 && query.trim().length > 1) void post(core, "/hc/api/searches", { app_id: core.appId, query });
  return results;
}

export async function fetchArticle(core: Core, id: string): Promise<Article | null> {
  const response = await fetch(`${core.base}/hc/articles/${id.split("/").map(encodeURIComponent).join("/")}.json`).catch(() => null);
  const parsed = article.safeParse(await response?.json().catch(() => null));
  if (!parsed.success) return null;
  void post(core, "/hc/api/views", { app_id: core.appId, article_id: parsed.data.id });
  return parsed.data;
}

export function post(core: Core, path: string, body: unknown): Promise<Response | null> {
  return fetch(`${core.base}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).catch(() => null);
}

/** Splits a Pagefind excerpt into text and highlighted runs, so nothing of it is parsed as HTML. */
export function excerptRuns(excerpt: string): { text: string; mark: boolean }[] {
  const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  return excerpt.split(/(<mark>.*?<\/mark>)/).filter(Boolean).map((piece) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(piece);
    return { text: decode((marked ? marked[1] : piece)?.replace(/<[^>]*>/g, "") ?? ""), mark: Boolean(marked) };
  });
}

/** Article HTML is built from the team's own MDX; still, only allow-listed markup crosses into the host page. */
export function cleanArticleHtml(html: string): DocumentFragment {
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const el of [...doc.body.querySelectorAll("*")]) {
    const action = elementAction(el.tagName);
    if (action === "drop") el.remove();
    else if (action === "unwrap") el.replaceWith(...el.childNodes);
    else for (const attr of [...el.attributes]) if (!attributeAllowed(el.tagName, attr.name, attr.value)) el.removeAttribute(attr.name);
    if (el.tagName === "A") el.setAttribute("rel", "noopener noreferrer"), el.setAttribute("target", "_blank");
  }
  const fragment = document.createDocumentFragment();
  fragment.append(...doc.body.childNodes);
  return fragment;
}
