import { describe, expect, inject, it } from "vitest";
import { browserSuite } from "../e2e/browserSuite.ts";
import { snippetPage } from "../e2e/hostPage.ts";

const suite = browserSuite();
const base = () => inject("baseUrl");


describe("a manual message built in the admin app", () => {
  it("counts its audience from the visual rule builder and reaches the visitor's messenger live", async () => {
    const tag = `browser-${Date.now()}`;
    suite.host.page("/engage", snippetPage(base(), { app_id: "demo", engage_tag: tag }));
    const visitor = await suite.browser.newContext();
    const site = await visitor.newPage();
    await site.goto(`${suite.host.url}/engage`);
    await site.getByRole("button", { name: /Open the messenger/ }).waitFor();

    const admin = await suite.browser.newContext();
    const page = await admin.newPage();
    await page.goto(`${base()}/admin/`);
    await page.getByLabel("Email").fill(inject("demo").email);
    await page.getByLabel("Password").fill(inject("demo").password);
    await page.getByRole("button", { name: /sign in/i }).click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Messages" }).click();
    await page.getByRole("tab", { name: "New message" }).click();

    const form = page.getByRole("form", { name: "New message" });
    await form.getByLabel("Field").selectOption("attribute");
    await form.getByLabel("Attribute name").fill("engage_tag");
    await form.getByLabel("Value").fill(tag);
    await expect.poll(() => form.getByTestId("audience-count").textContent(), { timeout: 10_000 }).toBe("Matches 1 person now");

    const body = `Hello from the rule builder ${tag}`;
    await form.getByLabel("Message (Markdown)").fill(`**${body}**`);
    await form.getByRole("button", { name: "Preview" }).click();
    await form.getByLabel("Preview").locator("strong", { hasText: body }).waitFor();
    await form.getByRole("button", { name: "Send now" }).click();
    await form.getByRole("status").getByText("Sent to 1 person.").waitFor({ timeout: 10_000 });

    await site.getByRole("button", { name: /Open the messenger, 1 unread/ }).waitFor({ timeout: 10_000 });
    await site.getByRole("button", { name: /Open the messenger/ }).click();
    await site.getByRole("dialog").getByText(body, { exact: false }).first().waitFor({ timeout: 10_000 });
    await visitor.close();
    await admin.close();
  });
});
