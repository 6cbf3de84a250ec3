import * as z from "zod/mini";
import type { Core } from "../../loader/types.ts";
import { attributeAllowed, elementAction } from "./articleAllowList.ts";
import { langParam } from "./language.ts";

// The help center inside the messenger, in the reader's language (lib/language.ts): the Worker's
// search (/hc/api/search) and the build's article JSON, for reading without leaving the page.
const segment = z.object({ type: z.enum(["plain", "highlight"]), text: z.string() });
const searchResponse = z.object({ results: z.array(z.object({ id: z.string(), title: z.string(), excerpt: z.array(segment) })) });
const article = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  html: z.string(),
  url: z.string(),
  locale: z.optional(z.string()),
  wanted_locale: z.optional(z.string()),
});

export type HelpResult = z.infer<typeof searchResponse>["results"][number];
export type Article = z.infer<typeof article>;

export async function searchHelp(core: Core, query: string, languages: readonly string[]): Promise<HelpResult[]> {
  const response = await fetch(`${core.base}/hc/api/search?q=${encodeURIComponent(query)}&${langParam(languages)}`).catch(() => null);
  const parsed = searchResponse.safeParse(await response?.json().catch(() => null));
  const results = parsed.success ? parsed.data.results : [];
  if (parsed.success && results.length === 0 && query.trim().length > 1) void post(core, "/hc/api/searches", { app_id: core.appId, query });
  return results;
}

export async function fetchArticle(core: Core, id: string, languages: readonly string[]): Promise<Article | null> {
  const response = await fetch(`${core.base}/hc/articles/${id.split("/").map(encodeURIComponent).join("/")}.json?${langParam(languages)}`).catch(() => null);
  const parsed = article.safeParse(await response?.json().catch(() => null));
  if (!parsed.success) return null;
  void post(core, "/hc/api/views", { app_id: core.appId, article_id: parsed.data.id });
  return parsed.data;
}

/** When the article is shown in another language than the reader's: that language's name, for the note. */
export function fallbackLanguage(a: Article): string | null {
  if (!a.locale || !a.wanted_locale || a.locale === a.wanted_locale) return null;
  try {
    return new Intl.DisplayNames([a.wanted_locale], { type: "language" }).of(a.locale) ?? a.locale;
  } catch {
    return a.locale;
  }
}

export function post(core: Core, path: string, body: unknown): Promise<Response | null> {
  return fetch(`${core.base}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).catch(() => null);
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
