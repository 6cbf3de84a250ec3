import { describe, expect, it } from "vitest";
import type { HelpData } from "./entries.ts";
import { atomXml, escapeXml, rssXml, sitemapXml } from "./feeds.ts";
import { helpBuild } from "./mode.ts";
import { bodyChunks, manifestOf } from "./publicData.ts";

const anArticle = (id: string, updatedAt: number) => ({
  id,
  title: `Title of ${id} & more`,
  description: "A description",
  draft: false,
  tags: ["x"],
  collection: id.split("/")[0] ?? "",
  slug: id.split("/")[1] ?? "",
  file: `content/articles/${id}.mdx`,
  createdAt: updatedAt - 100,
  updatedAt,
  terms: "word",
  html: `<p>${id}</p>`,
});

const data = (count = 2): HelpData => ({
  build: helpBuild({}),
  config: {
    name: "Help",
    brand: "Brand",
    tagline: "Answers",
    url: "https://help.example.com",
    appId: "demo",
    repository: "https://github.com/example/help",
    branch: "main",
    logo: "content/logo.svg",
    colors: { accent: "#000000", accentDark: "#ffffff" },
    contact: "mailto:x@example.com",
    messenger: false,
    editLinks: false,
    logoSvg: "<svg/>",
  },
  collections: [{ id: "start", name: "Start", description: "First", order: 1 }],
  articles: Array.from({ length: count }, (_, i) => anArticle(`start/a${i}`, 2_000_000_000 - i)),
});

describe("sitemapXml", () => {
  it("lists home, collections and articles with absolute URLs", () => {
    const xml = sitemapXml(data());
    expect(xml).toContain("<loc>https://help.example.com/</loc>");
    expect(xml).toContain("<loc>https://help.example.com/start/</loc>");
    expect(xml).toContain("<loc>https://help.example.com/start/a1/</loc><lastmod>");
  });
});

describe("rssXml and atomXml", () => {
  it("carry each article with escaped titles, newest first", () => {
    for (const xml of [rssXml(data()), atomXml(data())]) {
      expect(xml).toContain("Title of start/a0 &amp; more");
      expect(xml.indexOf("start/a0/")).toBeLessThan(xml.indexOf("start/a1/"));
    }
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
});
