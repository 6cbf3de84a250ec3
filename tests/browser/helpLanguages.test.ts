// The help center in two languages (CONTRACT §9), on the real build: the language switcher, search
// per language, and the messenger's Help space following language_override.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browserSuite } from "../e2e/browserSuite.ts";
import { snippetPage } from "../e2e/hostPage.ts";

const suite = browserSuite();
const base = () => inject("baseUrl");

const switcher = (page: Page) => page.getByRole("navigation", { name: /^(Languages|Langues)$/ });

describe("the language switcher", () => {
  it("takes a reader to the French version of an article and back, on the same article", async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${base()}/engage/campaigns/`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.locator('link[rel=alternate][hreflang=fr]').getAttribute("href")).toMatch(/\/fr\/engage\/campaigns\/$/);
    expect(await switcher(page).getByRole("link", { name: "English" }).getAttribute("aria-current")).toBe("page");

    await switcher(page).getByRole("link", { name: "Français" }).click();
    await page.waitForURL(/\/fr\/engage\/campaigns\/$/);
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    await page.getByRole("heading", { level: 1, name: "Lancer une campagne" }).waitFor();
    expect(await page.getByRole("navigation", { name: "Fil d’Ariane" }).getByRole("link", { name: "Accueil" }).getAttribute("href")).toBe("/fr/");
    expect(await switcher(page).getByRole("link", { name: "Français" }).getAttribute("aria-current")).toBe("page");

    await switcher(page).getByRole("link", { name: "English" }).click();
    await page.waitForURL(/\/engage\/campaigns\/$/);
    expect(new URL(page.url()).pathname).toBe("/engage/campaigns/");
    await page.getByRole("heading", { level: 1, name: "Run a campaign" }).waitFor();
    await page.close();
  });

  it("leads to the language's home from an article that has no translation, which has no French page", async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${base()}/engage/write-rules/`);
    expect(await switcher(page).getByRole("link", { name: "Français" }).getAttribute("href")).toBe("/fr/");
    expect(await page.locator("link[rel=alternate][hreflang]").count()).toBe(0);
    expect((await page.request.get(`${base()}/fr/engage/write-rules/`)).status()).toBe(404);
    await page.close();
  });
});

describe("search in French", () => {
  it("finds only French pages", async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${base()}/fr/`);
    // "Intercom" is in English and French articles alike: only the French ones may come back.
    await page.getByRole("combobox", { name: "Rechercher dans le centre d’aide" }).fill("Intercom");
    const options = page.getByRole("option");
    await options.first().waitFor({ timeout: 20_000 });
    const urls = await options.evaluateAll((items) => items.map((item) => (item instanceof HTMLElement ? (item.dataset.url ?? "") : "")));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\/fr\//);

    await page.goto(`${base()}/`);
    await page.getByRole("combobox", { name: "Search the help center" }).fill("Intercom");
    await page.getByRole("option").first().waitFor({ timeout: 20_000 });
    const english = await page.getByRole("option").evaluateAll((items) => items.map((item) => (item instanceof HTMLElement ? (item.dataset.url ?? "") : "")));
    expect(english.some((url) => url.startsWith("/fr/"))).toBe(false);
    await page.close();
  });
});

describe("the messenger's Help space", () => {
  it("shows the French article with language_override: fr, and says so when an article has no translation", async () => {
    suite.host.page("/fr-article", snippetPage(base(), { app_id: "demo", language_override: "fr" }, "Intercom('showArticle', 'engage/campaigns');"));
    const context = await suite.browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto(`${suite.host.url}/fr-article`);
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("heading", { name: "Lancer une campagne" }).waitFor({ timeout: 15_000 });
    await dialog.getByRole("group", { name: "Cet article a-t-il répondu à votre question ?" }).waitFor();
    expect(await dialog.getByRole("note").count()).toBe(0);

    await dialog.getByRole("button", { name: "‹ Tous les articles" }).click();
    await dialog.getByRole("searchbox", { name: "Rechercher de l’aide" }).fill("règles");
    await dialog.getByRole("list", { name: "Articles" }).getByRole("button").first().waitFor({ timeout: 15_000 });

    await page.evaluate(() => window.Intercom?.("showArticle", "engage/write-rules"));
    await dialog.getByRole("heading", { name: "Write rules to choose who gets a message" }).waitFor({ timeout: 15_000 });
    expect(await dialog.getByRole("note").textContent()).toContain("anglais");
    await context.close();
  });
});
