import * as z from "zod/mini";

// The reader's languages for the Help space, best first: `language_override` from the messenger
// settings when set, else the browser's. The Worker picks the help center's best match.
const override = z.string().check(z.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/));

export function readerLanguages(settings: Record<string, unknown>, browser: readonly string[]): string[] {
  const set = override.safeParse(settings.language_override);
  return set.success ? [set.data] : [...browser];
}

/** `lang=` for the help endpoints: the list as the Worker's parseLanguageList reads it. */
export const langParam = (languages: readonly string[]) => `lang=${encodeURIComponent(languages.join(","))}`;
