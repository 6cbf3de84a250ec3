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
