import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../e2e/browser.ts";
import { api } from "../e2e/restApi.ts";

let browser: Browser;
const base = () => inject("baseUrl");

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A conversation started through the REST API by a new contact; its id. */
async function aConversation(text: string): Promise<string> {
  const contact = await api("/contacts", { email: `tags-${crypto.randomUUID()}@example.com`, name: "Tag Tester" });
  const message = await api("/conversations", { from: { type: "user", id: String(contact.id) }, body: text });
  return String(message.conversation_id);
}

async function signIn(hash: string): Promise<Page> {
  const { email, password } = inject("demo");
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${base()}/admin/${hash}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.getByRole("banner").waitFor();
  return page;
}

const rowOf = (page: Page, id: string) => page.getByRole("list", { name: "Conversations" }).locator(`a[href$="/${id}"]`);

describe("tags in the admin app", () => {
  it("tags a conversation from the keyboard, filters the inbox by the tag and renames it on the tags screen", async () => {
    const stamp = Date.now();
    const name = `vip-${stamp}`;
    const tagged = await aConversation(`Please tag me ${stamp}`);
    const other = await aConversation(`Leave me alone ${stamp}`);
    const page = await signIn(`#/inbox/all/open/${tagged}`);
    await rowOf(page, other).waitFor();
    await page.getByRole("heading", { name: "Tag Tester" }).waitFor();

    const field = page.getByRole("group", { name: "Conversation tags" }).getByRole("combobox", { name: "Add a tag" });
    await field.waitFor();
    // Opening a conversation focuses its heading, so single-key shortcuts work at once.
    await page.keyboard.press("t");
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(name);
    await page.keyboard.press("Enter");
    await page.getByRole("list", { name: "Conversation tags" }).getByText(name).waitFor();

    await page.getByLabel("Tag", { exact: true }).selectOption({ label: name });
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/inbox\/tag-[0-9]+\/open/);
    await rowOf(page, tagged).waitFor();
    await expect.poll(() => rowOf(page, other).count()).toBe(0);

    await page.goto(`${base()}/admin/#/settings`);
    await page.getByRole("button", { name: `Rename ${name}` }).click();
    const renamed = `${name}-renamed`;
    await page.getByRole("textbox", { name: `New name for ${name}` }).fill(renamed);
    await page.locator("form.tag-rename").getByRole("button", { name: "Save" }).click();
    await page.getByRole("rowheader", { name: renamed }).waitFor();
    const tags = await api("/tags");
    const names = Array.isArray(tags.data) ? tags.data.map((t: unknown) => (typeof t === "object" && t !== null && "name" in t ? t.name : null)) : [];
    expect(names).toContain(renamed);
    expect(names).not.toContain(name);
    await page.context().close();
  });
});
