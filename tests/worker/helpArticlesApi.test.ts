import { describe, expect, it } from "vitest";
import { aWorkspace, call, errorCode } from "./fixtures.ts";
import { builtTerms, draftsWithOwnWord } from "./helpFixtures.ts";

interface ListBody {
  total_count: number;
  pages: { page: number; per_page: number; total_pages: number; next: string | null };
  data: { id: string; state: string; body: string }[];
}

async function list(token: string, query: string): Promise<ListBody> {
  const response = await call(`/api/articles${query}`, { token });
  expect(response.status).toBe(200);
  return response.json();
}

describe("GET /api/articles", () => {
  it("pages through every published article and returns an empty page past the end", async () => {
    const { token } = await aWorkspace();
    const { published } = await builtTerms();
    const first = await list(token, "?per_page=5");
    expect(first.total_count).toBe(Object.keys(published).length);
    expect(first.pages).toMatchObject({ page: 1, per_page: 5, total_pages: Math.ceil(first.total_count / 5) });
    const seen: string[] = [];
    for (let page = 1; page <= first.pages.total_pages; page++) seen.push(...(await list(token, `?page=${page}&per_page=5`)).data.map((a) => a.id));
    expect(seen.sort()).toEqual(Object.keys(published).sort());
    const past = await list(token, `?page=${first.pages.total_pages + 1}&per_page=5`);
    expect(past.data).toEqual([]);
    expect(past.pages.next).toBeNull();
  });

  it("serves published articles with their HTML body", async () => {
    const { token } = await aWorkspace();
    const { data } = await list(token, "?per_page=150");
    expect(data.every((a) => a.state === "published" && a.body.startsWith("<"))).toBe(true);
  });

  it("rejects a page that is not a positive number and a request without a token", async () => {
    const { token } = await aWorkspace();
    expect(await errorCode(await call("/api/articles?page=0", { token }))).toBe("parameter_invalid");
    expect((await call("/api/articles")).status).toBe(401);
  });
});

describe("GET /api/articles/{id}", () => {
  it("finds an article by its path, also when the slash is encoded", async () => {
    const { token } = await aWorkspace();
    const [id = ""] = Object.keys((await builtTerms()).published);
    for (const path of [id, encodeURIComponent(id)]) {
      const response = await call(`/api/articles/${path}`, { token });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ type: "article", id, statistics: { type: "article_statistics", views: 0 } });
    }
  });

  it("answers 404 for every draft", async () => {
    const { token } = await aWorkspace();
    const drafts = await draftsWithOwnWord();
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    for (const { id } of drafts) expect((await call(`/api/articles/${id}`, { token })).status).toBe(404);
  });
});

describe("GET /api/articles/search", () => {
  it("finds a published article by a word of its body", async () => {
    const { token } = await aWorkspace();
    const response = await call("/api/articles/search?phrase=priceless&highlight=true", { token });
    const body: { total_count: number; data: { articles: { id: string }[]; highlights: unknown[] } } = await response.json();
    expect(body.data.articles.map((a) => a.id)).toEqual(["inbox/teams-and-routing"]);
    expect(body.data.highlights).toHaveLength(1);
  });

  it("never finds a draft, even by a word only the draft contains", async () => {
    const { token } = await aWorkspace();
    for (const { id, word } of await draftsWithOwnWord()) {
      expect(word, id).not.toBe("");
      const response = await call(`/api/articles/search?phrase=${encodeURIComponent(word)}&state=all`, { token });
      expect(await response.json(), word).toMatchObject({ total_count: 0, data: { articles: [] } });
    }
  });
});

describe("POST, PUT and DELETE /api/articles", () => {
  it("answer 405 with an error list: articles are written in git", async () => {
    const { token } = await aWorkspace();
    const attempts = [
      call("/api/articles", { method: "POST", token, json: { title: "x" } }),
      call("/api/articles/inbox/api-tokens", { method: "PUT", token, json: { title: "x" } }),
      call("/api/articles/inbox/api-tokens", { method: "DELETE", token }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(405);
      expect(await errorCode(response)).toBe("method_not_allowed");
    }
  });
});
