// Languages of the help center (CONTRACT §9): `locales` in content/site.yaml, the first being the
// default. The default language lives at the site root; another under /<locale>/. A translation
// is <slug>.<locale>.mdx beside <slug>.mdx, and a collection's name may be a map by locale.

export const LOCALE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/;

export interface Languages {
  locales: readonly string[];
  defaultLocale: string;
}

export const ENGLISH_ONLY: Languages = { locales: ["en"], defaultLocale: "en" };

export function languagesOf(locales: readonly string[] | undefined): Languages {
  const list = locales && locales.length > 0 ? locales : ENGLISH_ONLY.locales;
  return { locales: list, defaultLocale: list[0] ?? "en" };
}

/** "" for the default language, "fr/" for another: what goes between the base and the page path. */
export function localePrefix(locale: string, languages: Languages): string {
  return locale === languages.defaultLocale ? "" : `${locale}/`;
}

/** The key of one language version of an article: its id, or `<locale>/<id>` for a translation. */
export function versionKey(id: string, locale: string, languages: Languages): string {
  return `${localePrefix(locale, languages)}${id}`;
}

/** Text that is either one string or a map by locale: the locale's, else the default's, else the first. */
export type LocalText = string | Readonly<Record<string, string>>;

export function localText(value: LocalText, locale: string, languages: Languages): string {
  if (typeof value === "string") return value;
  return value[locale] ?? value[languages.defaultLocale] ?? Object.values(value)[0] ?? "";
}

/** Splits `name.fr.mdx` into slug and locale; a name without a locale is the default language's. */
export function splitFileName(name: string): { slug: string; locale: string | null } {
  const stem = name.slice(0, -".mdx".length);
  const dot = stem.indexOf(".");
  return dot === -1 ? { slug: stem, locale: null } : { slug: stem.slice(0, dot), locale: stem.slice(dot + 1) };
}

const languageNames = new Map<string, string>();

/** The language's own name for itself ("Français"), from the platform's locale data. */
export function languageName(locale: string): string {
  // Every page asks, and building Intl.DisplayNames each time cost 1.1 s of a 10,000-article build.
  let name = languageNames.get(locale);
  if (name === undefined) languageNames.set(locale, (name = nameOf(locale)));
  return name;
}

function nameOf(locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return locale;
  }
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "4 December 2025" in the locale's words, for an article's "Updated" line. */
export function formatDay(date: Date, locale: string): string {
  // toLocaleDateString with options builds a formatter per call; every article page asks.
  let format = dayFormats.get(locale);
  if (format === undefined) dayFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })));
  return format.format(date);
}
