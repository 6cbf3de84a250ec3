import { describe, expect, it } from "vitest";
import { hashPassword, PBKDF2_ITERATIONS, verifyPassword } from "./password.ts";

describe("hashPassword", () => {
  it("stores the algorithm and iteration count with a per-password salt", async () => {
    const a = await hashPassword("correct horse battery", 1000);
    const b = await hashPassword("correct horse battery", 1000);
    expect(a).toMatch(/^pbkdf2_sha256\$1000\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
  });

  it("defaults to the most iterations workerd allows", async () => {
    expect(await hashPassword("x")).toContain(`$${PBKDF2_ITERATIONS}$`);
  });
});

describe("verifyPassword", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("correct horse battery", 1000);
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batterY", stored)).toBe(false);
  });

  it("verifies with the iteration count stored in the hash", async () => {
    const stored = await hashPassword("pw", 2000);
    expect(await verifyPassword("pw", stored)).toBe(true);
    expect(await verifyPassword("pw", stored.replace("$2000$", "$1999$"))).toBe(false);
  });

  it("refuses malformed hashes and counts above the runtime cap", async () => {
    expect(await verifyPassword("pw", "")).toBe(false);
    expect(await verifyPassword("pw", "md5$1$a$b")).toBe(false);
    expect(await verifyPassword("pw", `pbkdf2_sha256$${PBKDF2_ITERATIONS + 1}$AAAA$AAAA`)).toBe(false);
  });
});
