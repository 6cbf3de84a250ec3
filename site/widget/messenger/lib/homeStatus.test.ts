import { describe, expect, it } from "vitest";
import { en } from "../../../../shared/i18n/en.ts";
import { fr } from "../../../../shared/i18n/fr.ts";
import { expectedReply, faceColor, onlineText } from "./homeStatus.ts";

const at = (iso: string) => Date.parse(`${iso}Z`) / 1000;
const face = (name: string, online: boolean) => ({ id: name, name, online });

describe("expectedReply", () => {
  it("promises the reply time during office hours", () => {
    expect(expectedReply({ open: true, next_open_at: null, reply_time: "minutes" }, at("2024-01-15T10:00:00"), "UTC", en)).toBe("We usually reply in a few minutes");
  });

  it("says when the team is back on the visitor's clock outside them", () => {
    const closed = { open: false, next_open_at: at("2024-01-15T08:00:00"), reply_time: "hours" as const };
    expect(expectedReply(closed, at("2024-01-12T18:00:00"), "Europe/Paris", en)).toBe("We'll be back Monday at 9:00");
    expect(expectedReply(closed, at("2024-01-12T18:00:00"), "Asia/Tokyo", en)).toBe("We'll be back Monday at 17:00");
  });

  it("says today, tomorrow or soon by the visitor's calendar", () => {
    const closed = { open: false, next_open_at: at("2024-01-15T08:00:00"), reply_time: "hours" as const };
    expect(expectedReply(closed, at("2024-01-14T20:00:00"), "Europe/Paris", en)).toBe("We'll be back tomorrow at 9:00");
    expect(expectedReply(closed, at("2024-01-15T05:00:00"), "Europe/Paris", en)).toBe("We'll be back today at 9:00");
    expect(expectedReply({ ...closed, next_open_at: null }, at("2024-01-15T05:00:00"), "Europe/Paris", en)).toBe("We'll be back soon");
  });

  it("speaks the catalogue's language, weekday included", () => {
    const closed = { open: false, next_open_at: at("2024-01-15T08:00:00"), reply_time: "day" as const };
    expect(expectedReply(closed, at("2024-01-12T18:00:00"), "Europe/Paris", fr)).toBe("Nous serons de retour lundi à 9:00");
    expect(expectedReply(closed, at("2024-01-14T20:00:00"), "Europe/Paris", fr)).toBe("Nous serons de retour demain à 9:00");
    expect(expectedReply({ ...closed, open: true }, at("2024-01-15T10:00:00"), "UTC", fr)).toBe("Nous répondons généralement en un jour");
  });
});

describe("onlineText", () => {
  it("names who is online, shortening a long list", () => {
    expect(onlineText([face("Ada", false)], en)).toBeNull();
    expect(onlineText([face("Ada", true), face("Alan", false)], en)).toBe("Ada is online");
    expect(onlineText([face("Ada", true), face("Alan", true)], en)).toBe("Ada and Alan are online");
    expect(onlineText(["Ada", "Alan", "Grace", "Linus"].map((n) => face(n, true)), en)).toBe("Ada, Alan and 2 more are online");
  });

  it("says it in French with the French catalogue", () => {
    expect(onlineText([face("Ada", true)], fr)).toBe("Ada est en ligne");
    expect(onlineText(["Ada", "Alan", "Grace", "Linus"].map((n) => face(n, true)), fr)).toBe("Ada, Alan et 2 autres sont en ligne");
  });
});

describe("faceColor", () => {
  it("gives the same admin the same colour every time, and different admins different ones", () => {
    expect(faceColor("12")).toBe(faceColor("12"));
    expect(new Set(["1", "2", "3", "4", "5", "6"].map(faceColor)).size).toBeGreaterThan(1);
  });
});
