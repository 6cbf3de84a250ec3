import { describe, expect, it } from "vitest";
import type { HelpData } from "./entries.ts";
import { atomXml, escapeXml, rssXml, sitemapXml } from "./feeds.ts";
import { aHelpArticle, aHelpData } from "./helpDataFixture.ts";
import { bodyChunks, manifestOf } from "./publicData.ts";

const anArticle = (id: string, updatedAt: number, locale = "en") =>
  aHelpArticle(id, locale, { title: `Title of ${id} & more`, createdAt: updatedAt - 100, updatedAt, terms: "word", html: `<p>${id}</p>` });

const data = (count = 2, translated: string[] = []): HelpData =>
  aHelpData([
    ...Array.from({ length: count }, (_, i) => anArticle(`start/a${i}`, 2_000_000_000 - i)),
    ...translated.map((id) => aHelpArticle(id, "fr", { title: `Titre de ${id}`, html: `<p>fr ${id}</p>`, updatedAt: 1_000_000_000 })),
  ]);

describe("sitemapXml", () => {
  it("lists home, collections and articles with absolute URLs", () => {
    const xml = sitemapXml(data());
    expect(xml).toContain("<loc>https://help.example.com/</loc>");
    expect(xml).toContain("<loc>https://help.example.com/start/</loc>");
    expect(xml).toContain("<loc>https://help.example.com/start/a1/</loc><lastmod>");
  });

  it("lists each language's pages, with alternates and x-default where a page exists in several", () => {
    const xml = sitemapXml(data(2, ["start/a0"]));
    expect(xml).toContain("<loc>https://help.example.com/fr/start/a0/</loc>");
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="fr" href="https://help.example.com/fr/start/a0/"/>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://help.example.com/start/a0/"/>');
    expect(xml).not.toContain("/fr/start/a1/");
    expect(xml.match(/<url><loc>https:\/\/help\.example\.com\/start\/a1\/<\/loc><lastmod>[^<]*<\/lastmod><\/url>/)).not.toBeNull();
  });
});

describe("rssXml and atomXml", () => {
  it("carry each article with escaped titles, newest first", () => {
    for (const xml of [rssXml(data()), atomXml(data())]) {
      expect(xml).toContain("Title of start/a0 &amp; more");
      expect(xml.indexOf("start/a0/")).toBeLessThan(xml.indexOf("start/a1/"));
    }
  });

  it("hold one language each: the French feed has only French articles, under /fr/", () => {
    for (const xml of [rssXml(data(2, ["start/a1"]), "fr"), atomXml(data(2, ["start/a1"]), "fr")]) {
      expect(xml).toContain("Titre de start/a1");
      expect(xml).toContain("https://help.example.com/fr/start/a1/");
      expect(xml).not.toContain("Title of");
    }
    expect(rssXml(data(2, ["start/a1"]))).not.toContain("Titre de");
  });
});

describe("escapeXml", () => {
  it("escapes the five XML characters", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });
});

describe("manifestOf and bodyChunks", () => {
  it("describe every article without its body and put bodies in chunks in manifest order", () => {
    const big = data(120);
    const manifest = manifestOf(big, 5);
    expect(manifest).toMatchObject({ version: 1, generated_at: 5, body_chunk_size: 50 });
    expect(manifest.articles[0]).not.toHaveProperty("html");
    const chunks = bodyChunks(big);
    expect(chunks.map((c) => Object.keys(c).length)).toEqual([50, 50, 20]);
    expect(chunks[2]?.["start/a119"]).toBe("<p>start/a119</p>");
  });

  it("give each article its translations, and keep translated bodies beside the original's", () => {
    const manifest = manifestOf(data(2, ["start/a1"]), 5);
    expect(manifest).toMatchObject({ default_locale: "en", locales: ["en", "fr"] });
    expect(manifest.articles.map((a) => a.id)).toEqual(["start/a0", "start/a1"]);
    expect(manifest.articles[1]?.translations).toEqual({ fr: { title: "Titre de start/a1", description: "About start/a1.", created_at: 1_700_000_000, updated_at: 1_000_000_000, url: "https://help.example.com/fr/start/a1/" } });
    expect(manifest.collections[0]?.translations).toEqual({ fr: { name: "Démarrer", description: "About.", url: "https://help.example.com/fr/start/" } });
    expect(bodyChunks(data(2, ["start/a1"]))[0]).toEqual({ "start/a0": "<p>start/a0</p>", "start/a1": "<p>start/a1</p>", "fr/start/a1": "<p>fr start/a1</p>" });
  });
});
