// Languages through the Worker, on the real build (content/ ships French translations, a draft
// French translation of inbox/api-tokens and a "published" one of the draft the-messenger/mobile-sdks).
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { aWorkspace, call } from "./fixtures.ts";

const content = z.object({ type: z.literal("article_content"), title: z.string(), body: z.string(), url: z.string(), state: z.literal("published") });
const article = z.object({ default_locale: z.string(), translated_content: z.record(z.string(), z.union([z.string(), content])) });

async function getArticle(token: string, id: string) {
  const response = await call(`/api/articles/${id}`, { token });
  expect(response.status).toBe(200);
  return article.parse(await response.json());
}

describe("GET /api/articles/{id}", () => {
  it("carries default_locale and every published version in translated_content", async () => {
    const { token } = await aWorkspace();
    const found = await getArticle(token, "engage/campaigns");
    expect(found.default_locale).toBe("en");
    expect(found.translated_content).toMatchObject({
      type: "article_translated_content",
      en: { type: "article_content", title: "Run a campaign", state: "published" },
      fr: { type: "article_content", title: "Lancer une campagne", state: "published", url: expect.stringMatching(/\/fr\/engage\/campaigns\/$/) },
    });
    const fr = content.parse(found.translated_content.fr);
    expect(fr.body).toContain("Une campagne envoie");
  });

  it("leaves a draft translation out", async () => {
    const { token } = await aWorkspace();
    const found = await getArticle(token, "inbox/api-tokens");
    expect(Object.keys(found.translated_content).sort()).toEqual(["en", "type"]);
  });
});

describe("GET /hc/articles/{collection}/{slug}.json?lang=", () => {
  it("answers in the reader's language, or in the default one saying which was wanted", async () => {
    const french = await (await call("/hc/articles/engage/campaigns.json?lang=fr-CA,fr")).json();
    expect(french).toMatchObject({ title: "Lancer une campagne", locale: "fr", wanted_locale: "fr" });
    const fallback = await (await call("/hc/articles/engage/write-rules.json?lang=fr")).json();
    expect(fallback).toMatchObject({ locale: "en", wanted_locale: "fr" });
  });
});

describe("GET /hc/api/search", () => {
  it("searches the reader's language and never a draft translation", async () => {
    const hit = z.object({ id: z.string(), title: z.string(), locale: z.string(), excerpt: z.array(z.object({ type: z.string(), text: z.string() })) });
    const french = z.object({ locale: z.string(), results: z.array(hit) }).parse(await (await call("/hc/api/search?q=campagne&lang=fr")).json());
    expect(french.locale).toBe("fr");
    expect(french.results[0]).toMatchObject({ id: "engage/campaigns", title: "Lancer une campagne", locale: "fr" });
    const draft = z.object({ results: z.array(z.unknown()) }).parse(await (await call("/hc/api/search?q=quinquennal&lang=fr")).json());
    expect(draft.results).toEqual([]);
  });
});
