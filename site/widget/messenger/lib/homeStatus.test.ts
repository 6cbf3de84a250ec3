import { describe, expect, it } from "vitest";
import { expectedReply, faceColor, onlineText } from "./homeStatus.ts";

const at = (iso: string) => Date.parse(`${iso}Z`) / 1000;
const face = (name: string, online: boolean) => ({ id: name, name, online });

describe("expectedReply", () => {
  it("promises the reply time during office hours", () => {
    expect(expectedReply({ open: true, next_open_at: null, reply_time: "minutes" }, at("2024-01-15T10:00:00"), "UTC")).toBe("We usually reply in a few minutes");
  });

  it("says when the team is back on the visitor's clock outside them", () => {
    const closed = { open: false, next_open_at: at("2024-01-15T08:00:00"), reply_time: "hours" as const };
    expect(expectedReply(closed, at("2024-01-12T18:00:00"), "Europe/Paris")).toBe("We'll be back Monday at 9:00");
    expect(expectedReply(closed, at("2024-01-12T18:00:00"), "Asia/Tokyo")).toBe("We'll be back Monday at 17:00");
  });
});

describe("onlineText", () => {
  it("names who is online, shortening a long list", () => {
    expect(onlineText([face("Ada", false)])).toBeNull();
    expect(onlineText([face("Ada", true), face("Alan", false)])).toBe("Ada is online");
    expect(onlineText([face("Ada", true), face("Alan", true)])).toBe("Ada and Alan are online");
    expect(onlineText(["Ada", "Alan", "Grace", "Linus"].map((n) => face(n, true)))).toBe("Ada, Alan and 2 more are online");
  });
});

describe("faceColor", () => {
  it("gives the same admin the same colour every time, and different admins different ones", () => {
    expect(faceColor("12")).toBe(faceColor("12"));
    expect(new Set(["1", "2", "3", "4", "5", "6"].map(faceColor)).size).toBeGreaterThan(1);
  });
});
