import { CATALOGUES, type Messages } from "./messages.ts";

// The loader's few sentences (the launcher's name, the message card's close button), taken out of
// every catalogue when the widget is built (scripts/buildWidget.mjs defines LOADER_TEXT): the
// loader stays within its 6 KB and still speaks every language the catalogues do.
export type LoaderText = Pick<Messages, "openMessenger" | "openMessengerUnreadOne" | "openMessengerUnread" | "closeMessenger" | "dismissMessage">;
export type LoaderTexts = Readonly<Record<string, LoaderText>>;

export function loaderTexts(): LoaderTexts {
  const texts: Record<string, LoaderText> = {};
  for (const [code, m] of Object.entries(CATALOGUES)) {
    texts[code] = { openMessenger: m.openMessenger, openMessengerUnreadOne: m.openMessengerUnreadOne, openMessengerUnread: m.openMessengerUnread, closeMessenger: m.closeMessenger, dismissMessage: m.dismissMessage };
  }
  return texts;
}
