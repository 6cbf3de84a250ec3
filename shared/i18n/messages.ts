// The message catalogues, one file per language. Adding a language: copy en.ts to <code>.ts,
// translate it (the type below makes a missing key a type error) and add it to CATALOGUES; the
// help center, the messenger and the loader's launcher (shared/i18n/loaderText.ts) then speak it.
import { en, type MessageKey, type Messages } from "./en.ts";
import { fr } from "./fr.ts";
import { format, pickLanguage } from "./language.ts";

export type { MessageKey, Messages };
export { format };

export const CATALOGUES: Readonly<Record<string, Messages>> = { en, fr };
export const DEFAULT_UI_LOCALE = "en";

/** The catalogue for the first language that has one (exact code, then its base language), else English. */
export function messagesFor(preferred: readonly string[]): Messages {
  return pickLanguage(preferred, CATALOGUES) ?? en;
}

/** "1 article" / "3 articles" from a pair of keys; languages with more plural forms can add keys. */
export function count(messages: Messages, one: MessageKey, many: MessageKey, n: number): string {
  return n === 1 ? messages[one] : format(messages[many], { n });
}
