import { describe, expect, it } from "vitest";
import { highlight, searchArticles } from "./search.ts";

const anArticle = (id: string, title: string, description = "", terms = "") => ({ id, title, description, terms });

describe("searchArticles", () => {
  const articles = [
    anArticle("a/routing", "Route conversations", "Teams and rules", "team rule assign word"),
    anArticle("a/teams", "Teams", "Invite people", "invite route"),
    anArticle("a/other", "Billing", "Invoices", "invoice"),
  ];

  it("needs every word and ranks title matches first", () => {
    expect(searchArticles("route", articles)).toEqual([
      { id: "a/routing", score: 3 },
      { id: "a/teams", score: 1 },
    ]);
    expect(searchArticles("route invoice", articles)).toEqual([]);
  });

  it("matches body words, plurals and a word being typed", () => {
    expect(searchArticles("assigns", articles).map((r) => r.id)).toEqual(["a/routing"]);
    expect(searchArticles("invo", articles).map((r) => r.id)).toEqual(["a/other"]);
    expect(searchArticles("inv", articles).map((r) => r.id)).toEqual(["a/other", "a/teams"]);
  });

  it("finds nothing for a phrase of stop words", () => {
    expect(searchArticles("how do I", articles)).toEqual([]);
  });
});

describe("highlight", () => {
  it("splits the text into plain and highlighted runs", () => {
    expect(highlight("Route the conversations", "conversation")).toEqual([
      { type: "plain", text: "Route the " },
      { type: "highlight", text: "conversations" },
    ]);
  });
});
