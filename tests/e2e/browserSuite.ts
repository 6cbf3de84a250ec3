import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser.ts";
import { startHostSite } from "./hostPage.ts";

export type HostSite = Awaited<ReturnType<typeof startHostSite>>;

/** What a browser test file shares: one Chromium and one customer site, opened before its tests. */
export interface BrowserSuite {
  readonly browser: Browser;
  readonly host: HostSite;
}

/** Registers the file's beforeAll/afterAll; read the fields inside tests, not at import time. */
export function browserSuite(): BrowserSuite {
  let browser: Browser | undefined;
  let host: HostSite | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    host = await startHostSite();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`browserSuite: the ${what} is opened in beforeAll; read it inside a test`);
    return value;
  };
  return {
    get browser() {
      return ready(browser, "browser");
    },
    get host() {
      return ready(host, "host site");
    },
  };
}
