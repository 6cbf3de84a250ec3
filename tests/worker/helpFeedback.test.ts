import { describe, expect, it } from "vitest";
import { HELP_RATE_LIMIT } from "../../worker/help/publicRoutes.ts";
import { aWorkspace, call, errorCode } from "./fixtures.ts";
import { draftsWithOwnWord, post, sessionCookie } from "./helpFixtures.ts";

const ARTICLE = "inbox/teams-and-routing";

interface ArticleRow {
  id: string;
  views: number;
  talk_to_us: number;
  reactions: { happy: number; neutral: number; sad: number };
}

async function articleRow(cookie: string, id = ARTICLE): Promise<ArticleRow | undefined> {
  const response = await call("/admin/api/help/articles", { headers: { cookie } });
  expect(response.status).toBe(200);
  const body: { data: ArticleRow[] } = await response.json();
  return body.data.find((row) => row.id === id);
}

describe("POST /hc/api/reactions", () => {
  it("keeps one reaction per reader per article, and lets the reader change it", async () => {
    const ws = await aWorkspace();
    const react = (visitor: string, reaction: string) => post("/hc/api/reactions", { app_id: ws.appId, article_id: ARTICLE, visitor_id: visitor, reaction });
    expect((await react("reader-one-0001", "sad")).status).toBe(200);
    expect((await react("reader-one-0001", "happy")).status).toBe(200);
    expect((await react("reader-two-0002", "neutral")).status).toBe(200);
    expect((await articleRow(await sessionCookie(ws)))?.reactions).toEqual({ happy: 1, neutral: 1, sad: 0 });
  });

  it("refuses an unknown reaction, an unknown workspace and a draft", async () => {
    const ws = await aWorkspace();
    const [draft] = await draftsWithOwnWord();
    const body = { app_id: ws.appId, article_id: ARTICLE, visitor_id: "reader-0003", reaction: "sad" };
    expect(await errorCode(await post("/hc/api/reactions", { ...body, reaction: "angry" }))).toBe("parameter_invalid");
    expect(await errorCode(await post("/hc/api/reactions", { ...body, app_id: "no-such-app" }))).toBe("not_found");
    expect(await errorCode(await post("/hc/api/reactions", { ...body, article_id: draft?.id }))).toBe("not_found");
  });

  it("answers any origin, errors included, so that the messenger can call it from customers' sites", async () => {
    const response = await post("/hc/api/reactions", { app_id: "no-such-app", article_id: ARTICLE, visitor_id: "reader-0004", reaction: "sad" }, { origin: "https://customer.example" });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const preflight = await call("/hc/api/reactions", { method: "OPTIONS", headers: { origin: "https://customer.example", "access-control-request-method": "POST" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");
  });
});

describe("POST /hc/api/views and /hc/api/talk", () => {
  it("counts views and Talk to us clicks per article and per workspace", async () => {
    const [ws, other] = [await aWorkspace(), await aWorkspace()];
    for (const path of ["/hc/api/views", "/hc/api/views", "/hc/api/talk"]) expect((await post(path, { app_id: ws.appId, article_id: ARTICLE })).status).toBe(204);
    expect(await articleRow(await sessionCookie(ws))).toMatchObject({ views: 2, talk_to_us: 1 });
    expect(await articleRow(await sessionCookie(other))).toMatchObject({ views: 0, talk_to_us: 0 });
  });
});

describe("POST /hc/api/searches", () => {
  it("records a search that found nothing, anonymised, and counts repeats", async () => {
    const ws = await aWorkspace();
    for (const query of ["Refund for ada@example.com", "refund  for bob@example.org", "export to excel"]) {
      expect((await post("/hc/api/searches", { app_id: ws.appId, query })).status).toBe(204);
    }
    const response = await call("/admin/api/help/searches", { headers: { cookie: await sessionCookie(ws) } });
    const body: { data: { query: string; count: number }[] } = await response.json();
    expect(body.data.map(({ query, count }) => ({ query, count }))).toEqual([
      { query: "refund for [email]", count: 2 },
      { query: "export to excel", count: 1 },
    ]);
  });

  it("stops a client that sends too many requests in a minute", async () => {
    const ws = await aWorkspace();
    const send = () => post("/hc/api/searches", { app_id: ws.appId, query: "flood" }, { "cf-connecting-ip": "192.0.2.55" });
    // Windows are fixed minutes: start early in one so that every request lands in the same window.
    const second = Math.floor(Date.now() / 1000) % 60;
    if (second > 50) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
    for (let i = 0; i < HELP_RATE_LIMIT; i++) expect((await send()).status).toBe(204);
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(await errorCode(refused)).toBe("rate_limit_exceeded");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("GET /admin/api/help/*", () => {
  it("needs the admin session", async () => {
    for (const path of ["/admin/api/help/articles", "/admin/api/help/searches"]) {
      expect((await call(path)).status).toBe(401);
      expect((await call(path, { token: (await aWorkspace()).token })).status).toBe(401);
    }
  });
});
