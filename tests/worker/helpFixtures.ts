import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { BASE, call, type TestWorkspace } from "./fixtures.ts";

export async function sessionCookie(ws: TestWorkspace): Promise<string> {
  const response = await call("/admin/api/login", { method: "POST", json: { email: ws.ownerEmail, password: ws.password }, headers: { origin: BASE } });
  expect(response.status).toBe(200);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

async function json(fetcher: Fetcher | undefined, path: string): Promise<unknown> {
  if (!fetcher) throw new Error(`no binding to read ${path}`);
  const response = await fetcher.fetch(new Request(`${BASE}${path}`));
  expect(response.status, path).toBe(200);
  return response.json();
}

function terms(value: unknown): Record<string, string> {
  if (typeof value !== "object" || value === null || !("articles" in value)) throw new Error("terms.json has no articles");
  const articles: unknown = value.articles;
  if (typeof articles !== "object" || articles === null) throw new Error("terms.json articles is not an object");
  // Translations are keyed `<locale>/<collection>/<slug>`: only articles (`<collection>/<slug>`) are kept.
  return Object.fromEntries(Object.entries(articles).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[0].split("/").length === 2));
}

/** Search terms of the public build and of the preview build (drafts included), from the real build output. */
export async function builtTerms(): Promise<{ published: Record<string, string>; all: Record<string, string> }> {
  return {
    published: terms(await json(env.ASSETS, "/hc/data/terms.json")),
    all: terms(await json(env.HELP_PREVIEW, "/admin/help/hc/data/terms.json")),
  };
}

/** Each draft with a word that appears in its body and in no published article. */
export async function draftsWithOwnWord(): Promise<{ id: string; word: string }[]> {
  const { published, all } = await builtTerms();
  const publicWords = new Set(Object.values(published).flatMap((t) => t.split(" ")));
  return Object.entries(all)
    .filter(([id]) => !(id in published))
    .map(([id, t]) => ({ id, word: t.split(" ").find((w) => w.length > 4 && !publicWords.has(w)) ?? "" }));
}

export function post(path: string, json: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return call(path, { method: "POST", json, headers: { "cf-connecting-ip": "198.51.100.1", ...headers } });
}
