import { describe, expect, it } from "vitest";
import { aWorkspace, call } from "./fixtures.ts";

async function signIn(): Promise<string> {
  const ws = await aWorkspace();
  const response = await call("/admin/api/login", { method: "POST", json: { email: ws.ownerEmail, password: ws.password }, headers: { origin: "http://127.0.0.1:8787" } });
  expect(response.status).toBe(200);
  const cookie = response.headers.get("set-cookie") ?? "";
  return cookie.split(";")[0] ?? "";
}

describe("GET /admin/help/*", () => {
  it("sends a visitor without a session to the sign-in page and shows nothing of the preview", async () => {
    const response = await call("/admin/help/the-messenger/mobile-sdks/", { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/admin/#/help");
    expect(await response.text()).toBe("");
  });

  it("shows a signed-in admin the draft, privately", async () => {
    const cookie = await signIn();
    const response = await call("/admin/help/the-messenger/mobile-sdks/", { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const html = await response.text();
    expect(html).toContain("Use Parley in iOS and Android apps");
    expect(html).toContain("Draft: only signed-in admins can read this article.");
  });

  it("answers 404 from the preview for a page that does not exist", async () => {
    const cookie = await signIn();
    const response = await call("/admin/help/nowhere/at-all/", { headers: { cookie } });
    expect(response.status).toBe(404);
  });
});

// The preview build holds only what drafts add; every other path is the public page of that name.
describe("GET /admin/help/* for a page the preview does not hold", () => {
  it("shows the published article from the public site, privately, with its links and search kept in the preview", async () => {
    const cookie = await signIn();
    const response = await call("/admin/help/getting-started/what-is-parley/", { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const html = await response.text();
    expect(html).toContain("Admin preview: drafts are included and marked.");
    const links = [...html.matchAll(/<a [^>]*href="(\/[^"]*)"/g)].map((m) => m[1] ?? "");
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((href) => !href.startsWith("/admin/help/"))).toEqual([]);
    expect(html).toContain('data-base="/admin/help/"');
    expect(html).not.toContain("data-feedback");
  });

  it("keeps the public site's redirect to the trailing slash inside the preview", async () => {
    const cookie = await signIn();
    const response = await call("/admin/help/getting-started/what-is-parley", { headers: { cookie }, redirect: "manual" });
    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
    expect(response.headers.get("location")).toBe("/admin/help/getting-started/what-is-parley/");
  });

  it("serves a public file that only the public site has", async () => {
    const cookie = await signIn();
    const response = await call("/admin/help/messenger-assets/loader.js", { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("still sends a visitor without a session to the sign-in page", async () => {
    const response = await call("/admin/help/getting-started/what-is-parley/", { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(await response.text()).toBe("");
  });
});
