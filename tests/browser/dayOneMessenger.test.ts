import { mkdirSync } from "node:fs";
import type { Browser, BrowserContextOptions, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../e2e/browser.ts";
import { snippetPage, startHostSite } from "../e2e/hostPage.ts";

// What a visitor notices in the first minute (issue 17: items 1, 2, 8 and 9), on a phone and on a desktop.
let browser: Browser;
let host: Awaited<ReturnType<typeof startHostSite>>;
const base = () => inject("baseUrl");
const PHONE = { viewport: { width: 390, height: 844 } } satisfies BrowserContextOptions;
const DESKTOP = { viewport: { width: 1280, height: 800 } } satisfies BrowserContextOptions;
const SHOTS = "docs/screenshots";
/** `PARLEY_SCREENSHOTS=1` refreshes the pictures in docs/screenshots; ordinary runs leave the tree alone. */
const shoot = (page: Page, name: string, fullPage = false) => (process.env.PARLEY_SCREENSHOTS ? page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage }) : Promise.resolve());

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostSite();
  if (process.env.PARLEY_SCREENSHOTS) mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

async function visit(path: string, options: BrowserContextOptions, extra = ""): Promise<Page> {
  host.page(path, snippetPage(base(), { app_id: "demo" }, extra));
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${host.url}${path}`);
  return page;
}

async function api(path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${base()}/api${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${inject("demo").apiToken}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status, path).toBe(200);
  const data: unknown = await response.json();
  return typeof data === "object" && data !== null ? Object.fromEntries(Object.entries(data)) : {};
}

const dialog = (page: Page) => page.getByRole("dialog");

async function openArticle(page: Page, title: string): Promise<void> {
  await dialog(page).getByRole("heading", { name: title }).waitFor({ timeout: 15_000 });
  await dialog(page).getByRole("group", { name: "Did this answer your question?" }).waitFor();
}

/** True when the element is painted inside the messenger's visible area, not scrolled away or covered. */
function inView(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const panel = el.closest("[role=dialog]")?.getBoundingClientRect();
    const root = el.getRootNode();
    if (!panel || !(root instanceof ShadowRoot)) return false;
    const hit = root.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return box.top >= panel.top && box.bottom <= panel.bottom && box.bottom <= innerHeight && hit !== null && el.contains(hit);
  });
}

describe("the messenger's panel", () => {
  it("fills a phone's screen, covering the host page and the launcher", async () => {
    const page = await visit("/phone", PHONE);
    await page.getByRole("button", { name: /Open the messenger/ }).click();
    await dialog(page).waitFor();
    // Polled: the panel slides in for 0.18 s.
    await expect.poll(() => dialog(page).boundingBox(), { timeout: 5_000 }).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    const launcherCovered = await page.getByRole("button", { name: /Open the messenger|Close the messenger/ }).first().evaluate((el) => {
      const box = el.getBoundingClientRect();
      const root = el.getRootNode();
      return root instanceof ShadowRoot && root.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.closest("[role=dialog]") !== null;
    });
    expect(launcherCovered).toBe(true);
    await shoot(page, "messenger-phone");
    await page.context().close();
  });

  it("keeps its padding from the corner on a desktop", async () => {
    const page = await visit("/desktop", DESKTOP);
    await page.getByRole("button", { name: /Open the messenger/ }).click();
    const box = await dialog(page).boundingBox();
    expect(box && Math.round(box.x + box.width)).toBe(1260);
    expect(box && box.width).toBeLessThan(420);
    await shoot(page, "messenger-desktop");
    await page.context().close();
  });
});

describe("links inside an article shown in the messenger", () => {
  it("point at the help center, and one to another article opens it in the messenger", async () => {
    const page = await visit("/links", DESKTOP, "Intercom('showArticle', 'getting-started/what-is-parley');");
    await openArticle(page, "What is Parley?");
    const hrefs = await dialog(page).locator(".art a").evaluateAll((links) => links.map((a) => (a instanceof HTMLAnchorElement ? a.href : "")));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(`${base()}/`), href).toBe(true);
    await dialog(page).getByRole("link", { name: "Move from Intercom" }).click();
    await openArticle(page, "Move from Intercom");
    expect(page.context().pages()).toHaveLength(1);
    expect(page.url()).toBe(`${host.url}/links`);
    await page.context().close();
  });

  it("carry the article's address on the help center into the Talk to us prefill", async () => {
    const page = await visit("/talk", DESKTOP, "Intercom('showArticle', 'getting-started/what-is-parley');");
    await openArticle(page, "What is Parley?");
    await dialog(page).getByRole("button", { name: "No" }).click();
    await dialog(page).getByRole("button", { name: "Talk to us" }).click();
    expect(await page.getByRole("textbox", { name: "Write a message…" }).inputValue()).toContain(`(${base()}/getting-started/what-is-parley/)`);
    await page.context().close();
  });
});

describe("Talk to us on a help-center page", () => {
  it("sends the address the page is served from, not the one in content/site.yaml", async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const calls: unknown[][] = [];
      Reflect.set(window, "parleyCalls", calls);
      Reflect.set(window, "Parley", (...args: unknown[]) => calls.push(args));
    });
    await page.goto(`${base()}/inbox/api-tokens/`);
    await page.getByRole("button", { name: "No" }).click();
    await page.getByRole("link", { name: "Talk to us" }).click();
    const calls = await page.evaluate(() => JSON.stringify(Reflect.get(window, "parleyCalls")));
    expect(calls).toContain(`"url":"${base()}/inbox/api-tokens/"`);
    await context.close();
  });
});

describe("an article in the messenger", () => {
  for (const [name, options] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const) {
    it(`on a ${name}: a pressed reaction looks pressed, Talk to us shows without scrolling, the title outranks the headings`, async () => {
      const page = await visit(`/article-${name}`, options, "Intercom('showArticle', 'getting-started/what-is-parley');");
      await openArticle(page, "What is Parley?");
      const [no, yes] = [dialog(page).getByRole("button", { name: "No" }), dialog(page).getByRole("button", { name: "Yes" })];
      expect(await inView(no)).toBe(true);
      await no.click();
      expect(await no.getAttribute("aria-pressed")).toBe("true");
      const look = (l: Locator) => l.evaluate((el) => ["backgroundColor", "borderColor", "boxShadow", "outlineStyle"].map((p) => getComputedStyle(el).getPropertyValue(p.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))).join("|"));
      expect(await look(no)).not.toBe(await look(yes));
      expect(await inView(dialog(page).getByRole("button", { name: "Talk to us" }))).toBe(true);
      const sizes = await dialog(page).evaluate((panel) => {
        const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
        const title = [...panel.querySelectorAll("h2, h3")].find((h) => h.textContent === "What is Parley?");
        return { title: title ? px(title) : 0, headings: [...panel.querySelectorAll(".art h1, .art h2, .art h3, .art h4")].map(px) };
      });
      expect(sizes.headings.length).toBeGreaterThan(0);
      expect(sizes.title).toBeGreaterThan(Math.max(...sizes.headings));
      if (name === "phone") await shoot(page, "messenger-article-phone");
      await page.context().close();
    });
  }
});

describe("the composer", () => {
  it("grows to show a long prefill", async () => {
    const prefill = "I ordered the blue model last week and it arrived with a scratch on the lid; could you send a replacement or tell me how to return it?";
    const page = await visit("/prefill", DESKTOP, `Intercom('showNewMessage', ${JSON.stringify(prefill)});`);
    const composer = page.getByRole("textbox", { name: "Write a message…" });
    await expect.poll(() => composer.inputValue(), { timeout: 15_000 }).toBe(prefill);
    const { scroll, client } = await composer.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    expect(client).toBeGreaterThan(50);
    expect(scroll).toBeLessThanOrEqual(client + 1);
    await page.context().close();
  });
});

/** Every text the panel paints, with its contrast against the background it is painted on (WCAG 2). */
function contrasts(panel: Element): { text: string; ratio: number }[] {
  const rgba = (c: string): number[] => {
    const n = (c.match(/[\d.]+/g) ?? []).map(Number);
    return [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n[3] ?? 1];
  };
  const over = (top: number[], bottom: number[]): number[] => {
    const a = top[3] ?? 1;
    return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (bottom[i] ?? 0) * (1 - a)).concat(1);
  };
  const background = (el: Element): number[] => {
    const layers: number[][] = [];
    for (let node: Element | null = el; node; node = node.parentElement) {
      const color = rgba(getComputedStyle(node).backgroundColor);
      if ((color[3] ?? 0) > 0) layers.push(color);
      if (color[3] === 1) break;
    }
    return layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255, 1]);
  };
  const luminance = (c: number[]) => {
    const [r, g, b] = c.slice(0, 3).map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const out: { text: string; ratio: number }[] = [];
  for (const el of panel.querySelectorAll("*")) {
    const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? "").join("").trim();
    const style = getComputedStyle(el);
    if (!/[A-Za-z0-9]/.test(text) || el.getClientRects().length === 0 || style.visibility === "hidden" || el.closest(".sr")) continue;
    const bg = background(el);
    const [a, b] = [luminance(over(rgba(style.color), bg)), luminance(bg)];
    out.push({ text: text.slice(0, 40), ratio: Math.round(((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)) * 100) / 100 });
  }
  return out;
}

describe("the messenger's contrast", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`gives every text at least 4.5:1 in ${colorScheme} mode: tabs, names, timestamps, articles`, async () => {
      const page = await visit(`/contrast-${colorScheme}`, { ...DESKTOP, colorScheme });
      await page.getByRole("button", { name: /Open the messenger/ }).click();
      await dialog(page).getByRole("button", { name: "Send us a message" }).click();
      const text = `Contrast check ${colorScheme} ${Date.now()}`;
      await page.getByRole("textbox", { name: "Write a message…" }).fill(text);
      await page.keyboard.press("Enter");
      await page.getByRole("log").getByText(text).waitFor();
      const found = await api("/conversations/search", { query: { field: "source.body", operator: "~", value: text } });
      const [conversation]: unknown[] = Array.isArray(found.conversations) ? found.conversations : [];
      const id = typeof conversation === "object" && conversation !== null && "id" in conversation ? String(conversation.id) : "";
      const me = await api("/me");
      await api(`/conversations/${id}/reply`, { message_type: "comment", type: "admin", admin_id: String(me.id), body: "We are on it." });
      await page.getByRole("log").getByText("We are on it.").waitFor();
      const low: string[] = [];
      const check = async (view: string) => {
        await page.waitForTimeout(250);
        for (const c of await dialog(page).evaluate(contrasts)) if (c.ratio < 4.5) low.push(`${view}: "${c.text}" ${c.ratio}:1`);
      };
      await check("conversation");
      const nav = dialog(page).getByRole("navigation");
      await nav.getByRole("button", { name: "Home", exact: true }).click();
      await dialog(page).getByText("Recent conversations").waitFor();
      await check("home");
      await nav.getByRole("button", { name: "Messages", exact: true }).click();
      await check("messages");
      await page.evaluate(() => window.Intercom?.("showArticle", "getting-started/what-is-parley"));
      await openArticle(page, "What is Parley?");
      await dialog(page).getByRole("button", { name: "No" }).click();
      await check("article");
      if (colorScheme === "dark") await shoot(page, "messenger-dark");
      expect(low).toEqual([]);
      await page.context().close();
    });
  }
});
