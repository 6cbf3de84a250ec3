import { createHmac } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { browserSuite } from "../e2e/browserSuite.ts";
import { snippetPage } from "../e2e/hostPage.ts";
import { api } from "../e2e/restApi.ts";

const suite = browserSuite();
const base = () => inject("baseUrl");

const idOf = (value: unknown): string => String(typeof value === "object" && value !== null && "id" in value ? value.id : "");

/** Runs in the page: the message must find the loader's channel socket open, or its frame reaches nobody. */
function countOpenSockets(): void {
  const Native = window.WebSocket;
  Reflect.set(window, "__openSockets", 0);
  window.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener("open", () => Reflect.set(window, "__openSockets", Number(Reflect.get(window, "__openSockets")) + 1));
    }
  };
}


describe("an in-app message to a contact whose messenger is closed", () => {
  it("shows a card above the launcher with the sender and a plain preview, counts it unread, and opens the conversation", async () => {
    const userId = `outbound-${Date.now()}`;
    const hash = createHmac("sha256", inject("demo").identitySecret).update(userId).digest("hex");
    suite.host.page("/outbound", snippetPage(base(), { app_id: "demo", user_id: userId, name: "Out Bound", user_hash: hash }));
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(countOpenSockets);
    await page.goto(`${suite.host.url}/outbound`);
    await page.getByRole("button", { name: "Open the messenger", exact: true }).waitFor();
    await page.waitForFunction(() => Number(Reflect.get(window, "__openSockets")) > 0);

    const contact = idOf(await api(`/contacts/find_by_external_id/${userId}`));
    const me = idOf(await api("/me"));
    await api("/manual_messages", { channel: "in_app", subject: null, body: "**Pro tips** for [you](https://example.com/tips)", from_admin_id: me, audience: { contact_ids: [contact] } });

    const card = page.getByRole("status").getByRole("button", { name: /Pro tips for you/ });
    await card.waitFor();
    expect(await card.textContent()).toBe("Demo OwnerPro tips for you");
    await page.getByRole("button", { name: "Open the messenger, 1 unread" }).waitFor();
    expect(await page.getByRole("dialog").count()).toBe(0);

    await card.click();
    await page.getByRole("dialog").getByRole("log").getByText("Pro tips").waitFor();
    expect(await page.getByRole("status").getByRole("button").count()).toBe(0);
    await context.close();
  });

  it("dismisses the card with Escape and hands focus back to the launcher", async () => {
    const userId = `outbound-esc-${Date.now()}`;
    const hash = createHmac("sha256", inject("demo").identitySecret).update(userId).digest("hex");
    suite.host.page("/outbound-esc", snippetPage(base(), { app_id: "demo", user_id: userId, user_hash: hash }));
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(countOpenSockets);
    await page.goto(`${suite.host.url}/outbound-esc`);
    await page.waitForFunction(() => Number(Reflect.get(window, "__openSockets")) > 0);
    const contact = idOf(await api(`/contacts/find_by_external_id/${userId}`));
    await api("/manual_messages", { channel: "in_app", subject: null, body: "A quick hello", from_admin_id: idOf(await api("/me")), audience: { contact_ids: [contact] } });

    const card = page.getByRole("status").getByRole("button", { name: /A quick hello/ });
    await card.waitFor();
    await card.focus();
    await page.keyboard.press("Escape");
    await card.waitFor({ state: "detached" });
    const launcher = page.getByRole("button", { name: /Open the messenger/ });
    expect(await launcher.evaluate((el) => ((root) => root instanceof ShadowRoot && root.activeElement === el)(el.getRootNode()))).toBe(true);
    await context.close();
  });
});
