import { describe, expect, it } from "vitest";
import { formatDay, languageName, languagesOf, localePrefix, localText, splitFileName, versionKey } from "./locales.ts";

const languages = languagesOf(["en", "fr"]);

describe("languagesOf", () => {
  it("makes the first locale the default, and English the default of a site without locales", () => {
    expect(languages.defaultLocale).toBe("en");
    expect(languagesOf(undefined)).toEqual({ locales: ["en"], defaultLocale: "en" });
  });
});

describe("localePrefix and versionKey", () => {
  it("put the default language at the root and another under its code", () => {
    expect(localePrefix("en", languages)).toBe("");
    expect(localePrefix("fr", languages)).toBe("fr/");
    expect(versionKey("start/a", "fr", languages)).toBe("fr/start/a");
    expect(versionKey("start/a", "en", languages)).toBe("start/a");
  });
});

describe("localText", () => {
  it("reads a plain string as every language's, and a map by locale with the default as fallback", () => {
    expect(localText("Engage", "fr", languages)).toBe("Engage");
    expect(localText({ en: "Inbox", fr: "Boîte de réception" }, "fr", languages)).toBe("Boîte de réception");
    expect(localText({ en: "Inbox" }, "fr", languages)).toBe("Inbox");
  });
});

describe("splitFileName", () => {
  it("reads the locale between the slug and .mdx", () => {
    expect(splitFileName("install.fr.mdx")).toEqual({ slug: "install", locale: "fr" });
    expect(splitFileName("install.mdx")).toEqual({ slug: "install", locale: null });
  });
});

describe("languageName", () => {
  it("names a language in itself", () => {
    expect(languageName("fr")).toBe("Français");
    expect(languageName("en")).toBe("English");
  });
});

describe("formatDay", () => {
  it("writes the day as the locale writes it, in UTC", () => {
    const day = new Date(Date.UTC(2025, 11, 4, 23, 30));
    expect(formatDay(day, "en")).toBe("December 4, 2025");
    expect(formatDay(day, "fr")).toBe("4 décembre 2025");
    expect(formatDay(day, "fr")).toBe(day.toLocaleDateString("fr", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }));
  });
});
