import { describe, expect, it } from "vitest";
import { articleObject, messengerArticle, statisticsObject } from "./articleObject.ts";

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
};

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
});

describe("messengerArticle", () => {
  it("gives the messenger the article with its collection's name and its HTML", () => {
    expect(messengerArticle(manifestArticle, "Inbox and teams", "<p>Hi</p>")).toEqual({
      type: "help_article",
      id: "inbox/teams",
      title: "Teams",
      description: "About teams",
      collection: { id: "inbox", name: "Inbox and teams" },
      url: "https://help.example.com/inbox/teams/",
      updated_at: 200,
      html: "<p>Hi</p>",
    });
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
