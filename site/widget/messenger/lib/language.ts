import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { en } from "../../../../shared/i18n/en.ts";
import { readerLanguages } from "../../../../shared/i18n/language.ts";
import { messagesFor, type Messages } from "../../../../shared/i18n/messages.ts";

// The messenger's language: `language_override` from the settings, else the browser's languages
// (shared/i18n/language.ts, which the loader's launcher follows too). The App chooses it on every
// render, so an `update` that changes the override takes effect at once, and hands it down.
export { readerLanguages };

export interface Language {
  /** The catalogue every visible word comes from. */
  t: Messages;
  /** The reader's languages, best first: for the help endpoints and for dates. */
  languages: readonly string[];
}

export function messengerLanguage(settings: Readonly<Record<string, unknown>>, browser: readonly string[]): Language {
  const languages = readerLanguages(settings, browser);
  return { t: messagesFor(languages), languages };
}

/** Without a provider (the admin app's inbox reuses the file components), English. */
export const LanguageContext = createContext<Language>({ t: en, languages: [] });
export const useLanguage = (): Language => useContext(LanguageContext);

/** `lang=` for the help endpoints: the list as the Worker's parseLanguageList reads it. */
export const langParam = (languages: readonly string[]) => `lang=${encodeURIComponent(languages.join(","))}`;
