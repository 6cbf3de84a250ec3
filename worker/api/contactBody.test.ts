import { describe, expect, it } from "vitest";
import { contactPatch } from "./contactBody.ts";

describe("contactPatch", () => {
  it("marks an email set through the REST API as verified, and a removed one as not", () => {
    expect(contactPatch({ email: "ada@example.com" }, {})).toMatchObject({ email: "ada@example.com", emailVerified: true });
    expect(contactPatch({ email: null }, {})).toMatchObject({ email: null, emailVerified: false });
    expect(contactPatch({ name: "Ada" }, {})).not.toHaveProperty("emailVerified");
  });
});
