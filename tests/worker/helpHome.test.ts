import { describe, expect, it } from "vitest";
import { aWorkspace, call, errorCode } from "./fixtures.ts";
import { draftsWithOwnWord, post } from "./helpFixtures.ts";

// The messenger's Help space opens on collections and the most viewed articles (issue 17 item 10).
interface Home {
  collections: { id: string; count: number }[];
  popular: { id: string; title: string }[];
}

describe("GET /hc/api/home", () => {
  it("lists the collections and puts this workspace's most viewed article first, for any origin", async () => {
    const [ws, other] = [await aWorkspace(), await aWorkspace()];
    const article = "inbox/teams-and-routing";
    for (let i = 0; i < 3; i++) await post("/hc/api/views", { app_id: ws.appId, article_id: article });
    const response = await call(`/hc/api/home?app_id=${ws.appId}`, { headers: { origin: "https://customer.example" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const home = await response.json<Home>();
    expect(home.collections.length).toBeGreaterThan(0);
    expect(home.collections.every((c) => c.count > 0)).toBe(true);
    expect(home.popular[0]?.id).toBe(article);
    const theirs = await (await call(`/hc/api/home?app_id=${other.appId}`)).json<Home>();
    expect(theirs.popular.length).toBeGreaterThan(0);
    expect(theirs.popular[0]?.id).not.toBe(article);
  });

  it("never lists a draft and refuses an unknown workspace", async () => {
    const ws = await aWorkspace();
    const drafts = new Set((await draftsWithOwnWord()).map((d) => d.id));
    const home = await (await call(`/hc/api/home?app_id=${ws.appId}`)).json<Home>();
    expect(home.popular.some((a) => drafts.has(a.id))).toBe(false);
    expect(await errorCode(await call("/hc/api/home?app_id=no-such-app"))).toBe("not_found");
    expect(await errorCode(await call("/hc/api/home"))).toBe("parameter_invalid");
  });
});

describe("GET /hc/api/collections/:id", () => {
  it("lists a collection's published articles and answers 404 for an unknown one", async () => {
    const ws = await aWorkspace();
    const home = await (await call(`/hc/api/home?app_id=${ws.appId}`)).json<Home>();
    const first = home.collections[0];
    const response = await call(`/hc/api/collections/${first?.id}`);
    const body = await response.json<{ articles: { id: string }[] }>();
    expect(body.articles).toHaveLength(Math.min(first?.count ?? 0, 100));
    expect(body.articles.every((a) => a.id.startsWith(`${first?.id}/`))).toBe(true);
    expect(await errorCode(await call("/hc/api/collections/no-such-collection"))).toBe("not_found");
  });
});
