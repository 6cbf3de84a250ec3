import { createHmac } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browserSuite } from "../e2e/browserSuite.ts";
import { snippetPage } from "../e2e/hostPage.ts";
import { api, conversationWith } from "../e2e/restApi.ts";

// Issue 13 items 3 and 4: an admin answers with a saved reply whose placeholder is filled and
// whose action closes the conversation; the contact sees the text, rates the closed
// conversation, and the rating shows in the inbox and on the REST conversation.
const suite = browserSuite();
const base = () => inject("baseUrl");


async function signedIn(hash: string): Promise<Page> {
  const page = await (await suite.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${base()}/admin/${hash}`);
  await page.getByLabel("Email").fill(inject("demo").email);
  await page.getByLabel("Password").fill(inject("demo").password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("banner").waitFor();
  return page;
}

describe("a saved reply with a placeholder, a tag and a close, then the contact's rating", () => {
  it("fills the contact's name, tags and closes on send, and shows the rating the contact gives in the inbox", async () => {
    const stamp = Date.now();
    const replyName = `Wrap up ${stamp}`;

    const admin = await signedIn("#/settings");
    const section = admin.getByRole("region", { name: "Saved replies" });
    await section.getByRole("button", { name: "New saved reply" }).click();
    const form = section.getByRole("form", { name: "New saved reply" });
    await form.getByLabel("Name").fill(replyName);
    await form.getByLabel("Text").fill("Glad we could help, {{contact.name | there}}! — {{admin.name}}");
    await form.getByLabel("Close the conversation").check();
    await form.getByLabel("Tag", { exact: true }).fill(`solved-${stamp}`);
    await form.getByRole("button", { name: "Save reply" }).click();
    await section.getByText(replyName, { exact: true }).waitFor();
    await section.getByText(`On send: Tag “solved-${stamp}” · Close the conversation`).waitFor();

    const userId = `rater-${stamp}`;
    const hash = createHmac("sha256", inject("demo").identitySecret).update(userId).digest("hex");
    suite.host.page("/rate", snippetPage(base(), { app_id: "demo", user_id: userId, name: "Rita Rater", user_hash: hash }));
    const visitor = await (await suite.browser.newContext()).newPage();
    await visitor.goto(`${suite.host.url}/rate`);
    await visitor.getByRole("button", { name: /Open the messenger/ }).click();
    await visitor.getByRole("button", { name: "Send us a message" }).click();
    const question = `Where is my parcel ${stamp}?`;
    await visitor.getByRole("textbox", { name: "Write a message…" }).fill(question);
    await visitor.keyboard.press("Enter");
    await visitor.getByRole("log").getByText(question).waitFor();

    const id = await conversationWith(question);
    await admin.goto(`${base()}/admin/#/inbox/all/open/${id}`);
    const composer = admin.getByRole("textbox", { name: "Reply" });
    // The placeholder is filled from the contact shown beside the conversation: wait for it.
    await admin.getByText("Rita Rater").first().waitFor();
    await composer.click();
    await composer.pressSequentially("/wrap");
    const options = admin.getByRole("listbox", { name: "Saved replies" });
    await options.getByRole("option", { name: new RegExp(replyName) }).waitFor();
    // The field points at the highlighted option while keeping focus.
    const active = await composer.getAttribute("aria-activedescendant");
    expect(active && (await admin.locator(`[id="${active}"]`).getAttribute("aria-selected"))).toBe("true");
    while (!(await admin.locator(`[id="${await composer.getAttribute("aria-activedescendant")}"]`).textContent())?.includes(replyName)) {
      await admin.keyboard.press("ArrowDown");
    }
    await admin.keyboard.press("Enter");
    await expect.poll(() => composer.inputValue()).toBe("Glad we could help, Rita Rater! — Demo Owner");
    await admin.getByRole("group", { name: "Actions on send" }).getByText("Close the conversation").waitFor();
    await admin.getByRole("group", { name: "Actions on send" }).getByText(`Tag “solved-${stamp}”`).waitFor();
    await admin.keyboard.press("Enter");

    await visitor.getByRole("log").getByText("Glad we could help, Rita Rater! — Demo Owner").waitFor();
    await visitor.getByRole("log").getByText("Conversation closed").waitFor();
    await admin.getByRole("heading", { name: /Closed/ }).waitFor();
    // The tag action went through the REST tags API (POST /tags creates the tag by name).
    await expect.poll(async () => JSON.stringify((await api("/tags")).data)).toContain(`solved-${stamp}`);

    const rating = visitor.getByRole("group", { name: "Rating" });
    await rating.getByRole("button", { name: "4: Good" }).click();
    await visitor.getByLabel("Tell us more (optional)").fill("Quick answer");
    await visitor.getByRole("button", { name: "Send rating" }).click();
    await visitor.getByText("Thanks! You rated this conversation 4 out of 5.").waitFor();

    await admin.getByText("Rated 4 out of 5 by the contact").waitFor({ timeout: 5_000 });
    await admin.getByText("Quick answer").waitFor();
    const rest = await api(`/conversations/${id}`);
    expect(rest.conversation_rating).toMatchObject({ rating: 4, remark: "Quick answer", contact: { type: "contact" } });

    await visitor.reload();
    await visitor.getByRole("button", { name: /Open the messenger/ }).click();
    await visitor.getByRole("dialog").getByRole("navigation").getByRole("button", { name: "Messages", exact: true }).click();
    await visitor.getByRole("button", { name: /Glad we could help/ }).click();
    await visitor.getByText("Thanks! You rated this conversation 4 out of 5.").waitFor();
    expect(await visitor.getByRole("group", { name: "Rating" }).count()).toBe(0);
  });
});
