// Which of the help center's languages a reader gets: the first of their preferences the site
// has (exact code, then the base language: fr-CA finds fr), else the site's default. Shared by
// the Worker's Help-space routes and the messenger, which sends the preferences.

export function pickLocale(preferred: readonly string[], available: readonly string[], fallback: string): string {
  const byLower = new Map(available.map((code) => [code.toLowerCase(), code]));
  for (const code of preferred) {
    const lower = code.trim().toLowerCase();
    const found = byLower.get(lower) ?? byLower.get(lower.split("-")[0] ?? "");
    if (found) return found;
  }
  return fallback;
}

/** `lang=fr-CA,fr,en` as sent by the messenger: at most a few codes, each checked for shape. */
export function parseLanguageList(value: string | null | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((code) => code.trim())
    .filter((code) => /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(code))
    .slice(0, 8);
}
