import { hex, hmacBytes, sameBytes } from "./hmac.ts";

/** Intercom's user_hash: lowercase hex HMAC-SHA256 of user_id (else email) with the identity secret. */
export async function userHash(secret: string, identifier: string): Promise<string> {
  return hex(await hmacBytes(secret, identifier));
}

export async function verifyUserHash(secret: string, identifier: string, given: string): Promise<boolean> {
  const expected = new TextEncoder().encode(await userHash(secret, identifier));
  return sameBytes(expected, new TextEncoder().encode(given.toLowerCase()));
}
