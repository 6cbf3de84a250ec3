import { describe, expect, it } from "vitest";
import { demoSeedSql, enforcedFrom } from "./seed.mjs";

const creds = { password: "pw", apiToken: "parley_x", identitySecret: "s" };

describe("enforcedFrom", () => {
  it("reads 1 and 0, leaves an unset variable alone and refuses anything else", () => {
    expect(enforcedFrom("1")).toBe(true);
    expect(enforcedFrom("0")).toBe(false);
    expect(enforcedFrom(undefined)).toBeNull();
    expect(enforcedFrom("")).toBeNull();
    expect(() => enforcedFrom("maybe")).toThrow(/PARLEY_IDENTITY_ENFORCED/);
  });
});

describe("demoSeedSql", () => {
  it("sets identity enforcement on every start only when PARLEY_IDENTITY_ENFORCED is set", () => {
    expect(demoSeedSql({ ...creds, identityEnforced: true })).toContain("SET identity_enforced = 1 WHERE app_id = 'demo'");
    expect(demoSeedSql({ ...creds, identityEnforced: false })).toContain("SET identity_enforced = 0 WHERE app_id = 'demo'");
    expect(demoSeedSql({ ...creds, identityEnforced: null })).not.toContain("SET identity_enforced");
  });

  it("keeps a secret rotated in the admin app unless PARLEY_IDENTITY_SECRET is set", () => {
    expect(demoSeedSql({ ...creds, identitySecretFromEnv: false })).toMatch(/ON CONFLICT \(app_id\) DO NOTHING/);
    expect(demoSeedSql({ ...creds, identitySecretFromEnv: true })).toMatch(/DO UPDATE SET identity_secret = excluded.identity_secret/);
  });
});
