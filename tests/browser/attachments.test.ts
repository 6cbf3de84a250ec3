import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browserSuite } from "../e2e/browserSuite.ts";
import { snippetPage } from "../e2e/hostPage.ts";
import { conversationWith } from "../e2e/restApi.ts";

// Issue #13 item 1: a visitor attaches an image in the messenger (on another site); the admin
// sees it previewed in the inbox and enlarges it in a dialog.

const suite = browserSuite();
const base = () => inject("baseUrl");

// A 1×1 PNG: the browser must decode it, so the preview proves the bytes and the type arrived.
const PIXEL = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

/** Whether the image has loaded and decoded (a broken or refused one has no natural width). */
function decoded(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0);
}


describe("attachments in the messenger and the inbox", () => {
  it("a visitor's image shows in the messenger and previews in the inbox, enlarged in a dialog", async () => {
    const text = `Here is a screenshot ${Date.now()}`;
    suite.host.page("/attach", snippetPage(base(), { app_id: "demo" }));
    const visitor = await (await suite.browser.newContext()).newPage();
    await visitor.goto(`${suite.host.url}/attach`);
    await visitor.getByRole("button", { name: /Open the messenger/ }).click();
    await visitor.getByRole("button", { name: "Send us a message" }).click();
    await visitor.getByRole("button", { name: "Attach files" }).waitFor();

    // A file over the limit is refused before upload, with a sentence that says why.
    await visitor.locator("input[type=file]").setInputFiles({ name: "huge.bin", mimeType: "application/octet-stream", buffer: Buffer.alloc(10 * 1024 * 1024 + 1) });
    await visitor.getByRole("alert").filter({ hasText: "huge.bin (10 MB) is over the 10 MB limit for a file." }).waitFor();
    await visitor.getByRole("button", { name: "Remove huge.bin" }).click();

    await visitor.locator("input[type=file]").setInputFiles({ name: "screenshot.png", mimeType: "image/png", buffer: PIXEL });
    const send = visitor.getByRole("button", { name: "Send message" });
    await visitor.getByRole("textbox", { name: "Write a message…" }).fill(text);
    await expect.poll(() => send.isEnabled()).toBe(true);
    await send.click();
    await visitor.getByRole("log").getByText(text).waitFor();
    const own = visitor.getByRole("log").getByRole("button", { name: "Enlarge screenshot.png" });
    await own.waitFor();
    await expect.poll(() => decoded(visitor, "button[aria-label='Enlarge screenshot.png'] img")).toBe(true);

    const { email, password } = inject("demo");
    const id = await conversationWith(text);
    const admin = await (await suite.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await admin.goto(`${base()}/admin/#/inbox/all/open/${id}`);
    await admin.getByLabel("Email").fill(email);
    await admin.getByLabel("Password").fill(password);
    await admin.getByRole("button", { name: /sign in/i }).click();
    const timeline = admin.getByRole("log", { name: "Conversation" });
    await timeline.getByText(text).waitFor({ timeout: 20_000 });
    const preview = timeline.getByRole("button", { name: "Enlarge screenshot.png" });
    await preview.waitFor();
    await expect.poll(() => decoded(admin, ".timeline button[aria-label='Enlarge screenshot.png'] img")).toBe(true);
    const src = await admin.locator(".timeline button[aria-label='Enlarge screenshot.png'] img").getAttribute("src");
    expect(src).toMatch(/^\/attachments\/.+\/screenshot\.png\?exp=[0-9]+&sig=/);

    await preview.click();
    const dialog = admin.getByRole("dialog", { name: "screenshot.png" });
    await dialog.waitFor();
    expect(await dialog.getByRole("img", { name: "screenshot.png" }).isVisible()).toBe(true);
    await admin.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    // Focus returns to the thumbnail that opened the dialog.
    expect(await preview.evaluate((el) => el === document.activeElement)).toBe(true);

    await admin.context().close();
    await visitor.context().close();
  });
});
