import { z } from "zod";
import { describe, expect, inject, it } from "vitest";
import { browserSuite } from "../e2e/browserSuite.ts";
import { snippetPage } from "../e2e/hostPage.ts";

// Issue 17 item 11: an anonymous visitor is asked for an email after their first message.

const suite = browserSuite();
const base = () => inject("baseUrl");

const outboxSchema = z.object({ data: z.array(z.object({ recipient: z.string(), text: z.string() })) });
async function confirmationLinkTo(recipient: string): Promise<string | undefined> {
  const response = await fetch(`${base()}/api/email_outbox`, { headers: { authorization: `Bearer ${inject("demo").apiToken}` } });
  const parsed = outboxSchema.safeParse(await response.json());
  const mail = parsed.success ? parsed.data.data.find((e) => e.recipient === recipient) : undefined;
  return /https?:\/\/\S+\/confirm-email#\S+/.exec(mail?.text ?? "")?.[0];
}


describe("the messenger's email ask", () => {
  it("appears after the first message, takes an email from the keyboard and says to check the inbox", async () => {
    suite.host.page("/opt-in", snippetPage(base(), { app_id: "demo" }));
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${suite.host.url}/opt-in`);
    await page.getByRole("button", { name: /Open the messenger/ }).click();
    await page.getByRole("button", { name: "Send us a message" }).click();
    const card = page.getByRole("form", { name: "Get notified by email" });
    expect(await card.count()).toBe(0);

    await page.getByRole("textbox", { name: "Write a message…" }).fill(`Anyone there? ${Date.now()}`);
    await page.keyboard.press("Enter");
    await card.waitFor();
    const email = `visitor-${Date.now()}@example.com`;
    await card.getByRole("textbox", { name: "Your email" }).fill(email);
    await page.keyboard.press("Enter");
    await page.getByRole("status").getByText(/Check your inbox to confirm/).waitFor();
    const link = await confirmationLinkTo(email);
    expect(link).toBeDefined();

    // The contact now has an (unconfirmed) email: the next visit does not ask again.
    await page.reload();
    await page.getByRole("button", { name: /Open the messenger/ }).click();
    await page.getByRole("dialog").getByRole("navigation").getByRole("button", { name: "Messages", exact: true }).click();
    await page.getByRole("button", { name: /Anyone there\?/ }).click();
    await page.getByRole("log").getByText(/Anyone there\?/).waitFor();
    expect(await card.count()).toBe(0);
    await context.close();
  });

  it("confirms the address from the emailed link only on a click, keeping the token out of the address bar", async () => {
    suite.host.page("/opt-in-confirm", snippetPage(base(), { app_id: "demo" }));
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${suite.host.url}/opt-in-confirm`);
    await page.getByRole("button", { name: /Open the messenger/ }).click();
    await page.getByRole("button", { name: "Send us a message" }).click();
    await page.getByRole("textbox", { name: "Write a message…" }).fill(`Confirm me ${Date.now()}`);
    await page.keyboard.press("Enter");
    const email = `confirm-${Date.now()}@example.com`;
    await page.getByRole("textbox", { name: "Your email" }).fill(email);
    await page.getByRole("button", { name: "Notify me" }).click();
    await page.getByRole("status").getByText(/Check your inbox/).waitFor();
    const link = await confirmationLinkTo(email);
    if (!link) throw new Error("no confirmation link");

    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(link);
    expect(new URL(page.url()).hash).toBe("");
    await page.getByRole("button", { name: "Confirm my email" }).click();
    await page.getByText("Thanks, your email is confirmed.").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
