// The message catalogues, one file per language. Adding a language: copy en.ts to <code>.ts,
// translate it (the type below makes a missing key a type error) and add it to CATALOGUES.
import { en, type MessageKey, type Messages } from "./en.ts";
import { fr } from "./fr.ts";

export type { MessageKey, Messages };

export const CATALOGUES: Readonly<Record<string, Messages>> = { en, fr };
export const DEFAULT_UI_LOCALE = "en";

/** The catalogue for the first language that has one (exact code, then its base language), else English. */
export function messagesFor(preferred: readonly string[]): Messages {
  for (const code of preferred) {
    const lower = code.toLowerCase();
    const found = CATALOGUES[lower] ?? CATALOGUES[lower.split("-")[0] ?? ""];
    if (found) return found;
  }
  return en;
}

/** Fills `{name}` placeholders; unknown names stay as written, so a typo shows on the page. */
export function format(message: string, values: Readonly<Record<string, string | number>>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** "1 article" / "3 articles" from a pair of keys; languages with more plural forms can add keys. */
export function count(messages: Messages, one: MessageKey, many: MessageKey, n: number): string {
  return n === 1 ? messages[one] : format(messages[many], { n });
}
