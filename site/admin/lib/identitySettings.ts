import { request } from "./api.ts";
import { fields } from "./decode.ts";

export interface IdentitySettings {
  enforced: boolean;
  /** Until when the rotated-out secret still verifies hashes and JWTs; null when none does. */
  previousValidUntil: number | null;
}

function parseSettings(payload: unknown): IdentitySettings {
  const root = fields(payload);
  return { enforced: root.raw("enforced") === true, previousValidUntil: root.optTime("previous_secret_valid_until") };
}

export function getIdentitySettings(signal: AbortSignal): Promise<IdentitySettings> {
  return request("GET", "/admin/api/settings/identity", parseSettings, { signal });
}

export function setEnforced(enforced: boolean): Promise<IdentitySettings> {
  return request("PUT", "/admin/api/settings/identity", parseSettings, { body: { enforced } });
}

/** Only on demand: the secret never comes with the settings themselves. */
export function revealSecret(): Promise<string> {
  return request("POST", "/admin/api/settings/identity/secret", (payload) => fields(payload).str("secret"));
}

export function rotateSecret(): Promise<{ secret: string; settings: IdentitySettings }> {
  return request("POST", "/admin/api/settings/identity/rotate", (payload) => ({ secret: fields(payload).str("secret"), settings: parseSettings(payload) }));
}
