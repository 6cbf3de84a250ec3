import { describe, expect, it } from "vitest";
import { optInStep } from "./emailOptInStep.ts";

describe("optInStep", () => {
  it("sends a confirmation when the contact has no email or only an unproven one", () => {
    expect(optInStep({ email: null, emailVerified: false }, "ann@example.com")).toBe("send_confirmation");
    expect(optInStep({ email: "old@example.com", emailVerified: false }, "ann@example.com")).toBe("send_confirmation");
    expect(optInStep({ email: "ann@example.com", emailVerified: false }, "ann@example.com")).toBe("send_confirmation");
  });

  it("sends nothing for the email the contact already proved, in any case", () => {
    expect(optInStep({ email: "Ann@Example.com", emailVerified: true }, "ann@example.com")).toBe("already_confirmed");
  });

  it("keeps a proven email instead of replacing it with a typed one", () => {
    expect(optInStep({ email: "ann@example.com", emailVerified: true }, "mallory@example.com")).toBe("keep_proven");
  });
});
