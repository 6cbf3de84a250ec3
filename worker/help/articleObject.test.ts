import { describe, expect, it } from "vitest";
import { articleObject, messengerArticle, statisticsObject } from "./articleObject.ts";
import { localArticle } from "./localized.ts";
import { manifestSchema } from "./manifestSchema.ts";

const manifestArticle = {
  id: "inbox/teams",
  collection: "inbox",
  title: "Teams",
  description: "About teams",
  tags: ["teams"],
  order: 1,
  created_at: 100,
  updated_at: 200,
  url: "https://help.example.com/inbox/teams/",
  translations: { fr: { title: "Équipes", description: "Les équipes", created_at: 150, updated_at: 300, url: "https://help.example.com/fr/inbox/teams/" } },
};
const manifest = manifestSchema.parse({ version: 1, generated_at: 0, body_chunk_size: 50, default_locale: "en", locales: ["en", "fr"], collections: [], articles: [manifestArticle] });

describe("articleObject", () => {
  it("shapes a manifest entry as Intercom's published article", () => {
    expect(articleObject(manifestArticle, 7, "<p>Hi</p>")).toMatchObject({
      type: "article",
      id: "inbox/teams",
      workspace_id: "7",
      body: "<p>Hi</p>",
      state: "published",
      parent_id: "inbox",
      parent_type: "collection",
      created_at: 100,
      updated_at: 200,
    });
  });

  it("carries the default locale and every published version as Intercom's translated_content", () => {
    const versions = [
      { locale: "en", title: "Teams", description: "About teams", body: "<p>Hi</p>", url: "https://help.example.com/inbox/teams/" },
      { locale: "fr", title: "Équipes", description: "Les équipes", body: "<p>Salut</p>", url: "https://help.example.com/fr/inbox/teams/" },
    ];
    const article = articleObject(manifestArticle, 7, "<p>Hi</p>", versions, "en");
    expect(article.default_locale).toBe("en");
    expect(article.translated_content).toEqual({
      type: "article_translated_content",
      en: { type: "article_content", title: "Teams", description: "About teams", body: "<p>Hi</p>", url: "https://help.example.com/inbox/teams/", state: "published" },
      fr: { type: "article_content", title: "Équipes", description: "Les équipes", body: "<p>Salut</p>", url: "https://help.example.com/fr/inbox/teams/", state: "published" },
    });
  });
});

describe("messengerArticle", () => {
  it("gives the messenger the article in the reader's language with its collection's name and its HTML", () => {
    expect(messengerArticle(localArticle(manifest, manifestArticle, "fr"), "Boîte de réception", "<p>Salut</p>", "fr")).toEqual({
      type: "help_article",
      id: "inbox/teams",
      title: "Équipes",
      description: "Les équipes",
      collection: { id: "inbox", name: "Boîte de réception" },
      url: "https://help.example.com/fr/inbox/teams/",
      updated_at: 300,
      locale: "fr",
      wanted_locale: "fr",
      html: "<p>Salut</p>",
    });
  });

  it("falls back to the default language, saying which language the reader wanted", () => {
    const local = localArticle(manifest, manifestArticle, "de");
    expect(messengerArticle(local, "Inbox", "<p>Hi</p>", "de")).toMatchObject({ title: "Teams", locale: "en", wanted_locale: "de" });
  });
});

describe("statisticsObject", () => {
  it("turns reaction counts into percentages of all reactions", () => {
    expect(statisticsObject({ views: 10, conversions: 1, happy: 2, neutral: 1, sad: 0 })).toEqual({
      type: "article_statistics",
      views: 10,
      conversions: 1,
      reactions: 3,
      happy_reaction_percentage: 66.7,
      neutral_reaction_percentage: 33.3,
      sad_reaction_percentage: 0,
    });
  });

  it("reports zero percentages when nobody reacted", () => {
    expect(statisticsObject({ views: 0, conversions: 0, happy: 0, neutral: 0, sad: 0 }).happy_reaction_percentage).toBe(0);
  });
});
