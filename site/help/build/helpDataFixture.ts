// Test builder: HelpData as the pages see it, in English and French unless told otherwise.
import type { HelpArticle, HelpData } from "./entries.ts";
import { languagesOf } from "./locales.ts";
import { helpBuild } from "./mode.ts";
import type { Collection } from "./schema.ts";

export function aHelpArticle(id: string, locale = "en", fields: Partial<HelpArticle> = {}): HelpArticle {
  const [collection = "", slug = ""] = id.split("/");
  return { id, locale, collection, slug, title: `${id} (${locale})`, description: `About ${id}.`, draft: false, tags: [], file: `content/articles/${id}.mdx`, createdAt: 1_700_000_000, updatedAt: 1_700_000_000, terms: "", html: `<p>${id}</p>`, ...fields };
}

export function aHelpData(articles: HelpArticle[], { locales = ["en", "fr"], mode = "public", collections }: { locales?: string[]; mode?: "public" | "preview"; collections?: Collection[] } = {}): HelpData {
  return {
    build: helpBuild({ PARLEY_HELP_MODE: mode }),
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
      locales,
      logoSvg: "<svg/>",
    },
    languages: languagesOf(locales),
    collections: collections ?? [{ id: "start", name: { en: "Start", fr: "Démarrer" }, description: "About.", order: 1 }],
    articles,
  };
}
