import { describe, expect, it } from "vitest";
import { loaderTexts } from "./loaderText.ts";
import { CATALOGUES } from "./messages.ts";

describe("loaderTexts", () => {
  it("carries the launcher's sentences of every catalogue and nothing else", () => {
    const texts = loaderTexts();
    expect(Object.keys(texts).sort()).toEqual(Object.keys(CATALOGUES).sort());
    expect(texts.fr).toEqual({
      openMessenger: "Ouvrir la messagerie",
      openMessengerUnreadOne: "Ouvrir la messagerie, 1 non lu",
      openMessengerUnread: "Ouvrir la messagerie, {n} non lus",
      closeMessenger: "Fermer la messagerie",
      dismissMessage: "Ignorer le message",
    });
    expect(texts.en?.openMessenger).toBe("Open the messenger");
  });
});
