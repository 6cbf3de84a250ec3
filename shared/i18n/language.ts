// Which language a reader gets, decided here for the messenger and its loader alike:
// `language_override` from the messenger's settings when it is a language tag, else the browser's
// languages. Hand-written checks rather than a schema: the loader (6 KB in all) uses them too.
const TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** The reader's languages, best first. */
export function readerLanguages(settings: Readonly<Record<string, unknown>>, browser: readonly string[]): string[] {
  const override = settings.language_override;
  return typeof override === "string" && TAG.test(override) && wellFormed(override) ? [override] : [...browser];
}

/** Intl throws on a tag that only looks right ("en-a1"): such an override would break every date. */
function wellFormed(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** What `table` holds for the first preferred language it knows (exact code, then its base language). */
export function pickLanguage<T>(preferred: readonly string[], table: Readonly<Record<string, T>>): T | undefined {
  for (const code of preferred) {
    const lower = code.toLowerCase();
    // Not Object.hasOwn: the loader runs on whatever browser a customer's visitor has.
    for (const key of [lower, lower.split("-")[0] ?? ""]) if (Object.prototype.hasOwnProperty.call(table, key)) return table[key];
  }
  return undefined;
}

/** Fills `{name}` placeholders; unknown names stay as written, so a typo shows on the page. */
export function format(message: string, values: Readonly<Record<string, string | number>>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
