import { describe, expect, it } from "vitest";
import { emailAfterBoot, matchContact, type BootIdentity, type Candidate } from "./contactMatch.ts";

const signed = (over: Partial<BootIdentity> = {}): BootIdentity => ({ externalId: "a", email: null, verified: true, emailSigned: false, ...over });
const unsigned = (over: Partial<BootIdentity> = {}): BootIdentity => ({ externalId: null, email: null, verified: false, emailSigned: false, ...over });
const contact = (id: string, over: Partial<Candidate> = {}): Candidate => ({ id, externalId: null, verifiedAt: null, emailVerified: false, ...over });

describe("matchContact", () => {
  it("moves a signed user_id to its own contact", () => {
    const a = contact("A", { externalId: "a", verifiedAt: 1 });
    expect(matchContact(signed(), a, [])).toEqual({ kind: "existing", contact: a });
  });

  it("never lets a signed user_id borrow another contact through an unsigned email", () => {
    const b = contact("B", { emailVerified: true });
    expect(matchContact(signed({ email: "b@x.com" }), undefined, [b])).toEqual({ kind: "none" });
  });

  it("lets a signed email reach a contact whose email was proven and has no other user_id", () => {
    const b = contact("B", { emailVerified: true });
    expect(matchContact(signed({ email: "b@x.com", emailSigned: true }), undefined, [b])).toEqual({ kind: "existing", contact: b });
    expect(matchContact(signed({ externalId: null, email: "b@x.com", emailSigned: true }), undefined, [b])).toEqual({ kind: "existing", contact: b });
    const unproven = contact("C");
    expect(matchContact(signed({ externalId: null, email: "b@x.com", emailSigned: true }), undefined, [unproven])).toEqual({ kind: "none" });
  });

  it("keeps an unsigned boot away from any contact that was ever proven", () => {
    expect(matchContact(unsigned({ externalId: "a" }), contact("A", { externalId: "a", verifiedAt: 1 }), [])).toEqual({ kind: "blocked" });
    expect(matchContact(unsigned({ email: "ceo@x.com" }), undefined, [contact("C", { emailVerified: true })])).toEqual({ kind: "blocked" });
  });

  it("lets an unsigned boot reach a contact nothing ever proved, while enforcement is off", () => {
    const c = contact("C");
    expect(matchContact(unsigned({ email: "c@x.com" }), undefined, [c])).toEqual({ kind: "existing", contact: c });
    expect(matchContact(unsigned({ externalId: "c" }), contact("C", { externalId: "c" }), [])).toMatchObject({ kind: "existing" });
  });
});

describe("emailAfterBoot", () => {
  it("writes a signed email as proven and never replaces a proven email with an unsigned one", () => {
    expect(emailAfterBoot(signed({ email: "n@x.com", emailSigned: true }), { email: null, emailVerified: false })).toEqual({ email: "n@x.com", emailVerified: true });
    expect(emailAfterBoot(signed({ email: "n@x.com" }), { email: "old@x.com", emailVerified: true })).toEqual({ email: "old@x.com", emailVerified: true });
    expect(emailAfterBoot(signed({ email: "n@x.com" }), { email: null, emailVerified: false })).toEqual({ email: "n@x.com", emailVerified: false });
  });
});
