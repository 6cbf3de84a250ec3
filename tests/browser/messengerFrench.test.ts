// The messenger in the reader's language (issue 15): the launcher, the Home and the composer take
// their words from shared/i18n's catalogues, French with `language_override: "fr"` or a French
// browser, English otherwise.
import type { Browser, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browserSuite } from "../e2e/browserSuite.ts";
import { snippetPage } from "../e2e/hostPage.ts";

const suite = browserSuite();
const base = () => inject("baseUrl");

/** A fresh visitor (their own storage) on a page that boots the messenger with `settings`. */
async function visit(browser: Browser, path: string, settings: Record<string, unknown>, locale: string): Promise<Page> {
  suite.host.page(path, snippetPage(base(), { app_id: "demo", ...settings }));
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto(`${suite.host.url}${path}`);
  return page;
}

describe("the messenger with language_override: fr", () => {
  it("names the launcher, the Home and the composer in French in an English browser", async () => {
    const page = await visit(suite.browser, "/messenger-fr", { language_override: "fr" }, "en-US");
    await page.getByRole("button", { name: "Ouvrir la messagerie", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: /^Messagerie / });
    await dialog.waitFor();
    expect(await dialog.getAttribute("lang")).toBe("fr");
    await page.getByRole("button", { name: "Fermer la messagerie", expanded: true }).waitFor();

    await dialog.getByText("Bonjour 👋", { exact: true }).waitFor();
    expect(await dialog.locator("#parley-reply").textContent()).toMatch(/^Nous (répondons généralement|serons (bientôt )?de retour)/);
    const nav = dialog.getByRole("navigation", { name: "Messagerie" });
    expect(await nav.getByRole("button").allTextContents()).toEqual(["Accueil", "Messages", "Aide"]);
    await dialog.getByRole("button", { name: /^Rechercher de l’aide/ }).waitFor();

    await dialog.getByRole("button", { name: "Envoyez-nous un message" }).click();
    const composer = dialog.getByRole("textbox", { name: "Écrivez un message…" });
    expect(await composer.getAttribute("placeholder")).toBe("Écrivez un message…");
    await dialog.getByText("Dites-nous comment vous aider. Nous vous répondrons ici.").waitFor();
    await dialog.getByRole("button", { name: "Envoyer le message" }).waitFor();
    await dialog.getByRole("button", { name: "Joindre des fichiers" }).waitFor();
    await dialog.getByRole("button", { name: "Retour" }).waitFor();

    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Ouvrir la messagerie", exact: true }).waitFor();
    await page.context().close();
  });
});

describe("the messenger without an override", () => {
  it("speaks English in an English browser, exactly as before", async () => {
    const page = await visit(suite.browser, "/messenger-en", {}, "en-US");
    await page.getByRole("button", { name: "Open the messenger", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: /messenger$/ });
    await dialog.waitFor();
    expect(await dialog.getAttribute("lang")).toBe("en");
    await page.getByRole("button", { name: "Close the messenger", expanded: true }).waitFor();

    await dialog.getByText("Hi there 👋", { exact: true }).waitFor();
    expect(await dialog.getByRole("navigation", { name: "Messenger" }).getByRole("button").allTextContents()).toEqual(["Home", "Messages", "Help"]);
    await dialog.getByRole("button", { name: "Send us a message" }).click();
    const composer = dialog.getByRole("textbox", { name: "Write a message…" });
    expect(await composer.getAttribute("placeholder")).toBe("Write a message…");
    await dialog.getByRole("button", { name: "Send message" }).waitFor();
    await page.context().close();
  });

  it("follows a French browser's languages", async () => {
    const page = await visit(suite.browser, "/messenger-browser-fr", {}, "fr-FR");
    await page.getByRole("button", { name: "Ouvrir la messagerie", exact: true }).click();
    await page.getByRole("dialog", { name: /^Messagerie / }).getByText("Bonjour 👋", { exact: true }).waitFor();
    await page.context().close();
  });
});
