import { describe, expect, it } from "vitest";
import { call, errorCode } from "./fixtures.ts";
import { draftsWithOwnWord } from "./helpFixtures.ts";

describe("GET /hc/articles/{collection}/{slug}.json", () => {
  it("gives the messenger one published article with its HTML, to any origin", async () => {
    const response = await call("/hc/articles/inbox/teams-and-routing.json", { headers: { origin: "https://customer.example" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.json()).toMatchObject({
      type: "help_article",
      id: "inbox/teams-and-routing",
      collection: { id: "inbox", name: "Inbox and teams" },
      html: expect.stringContaining("priceless"),
    });
  });

  it("answers 404 for a draft, an unknown article and a path without .json", async () => {
    const [draft] = await draftsWithOwnWord();
    for (const path of [`/hc/articles/${draft?.id}.json`, "/hc/articles/inbox/nope.json", "/hc/articles/inbox/teams-and-routing"]) {
      const response = await call(path);
      expect(response.status, path).toBe(404);
      expect(await errorCode(response)).toBe("not_found");
    }
  });
});
