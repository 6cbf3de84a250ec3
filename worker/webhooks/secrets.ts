import type { Env } from "../env.ts";
import { randomSecret } from "../identity/secrets.ts";
import { secretKeyText, unwrapSecret, wrapSecret } from "../identity/secretBox.ts";

// A subscription's signing secret: random, shown once on create and on rotate, stored wrapped
// (Parley must read it back to sign, so it cannot be hashed like an API token).

const context = (workspaceId: number) => `webhook:${workspaceId}`;

export function newWebhookSecret(): string {
  return randomSecret("whsec", 24);
}

export function sealWebhookSecret(env: Env, workspaceId: number, plain: string): Promise<string> {
  return wrapSecret(secretKeyText(env), context(workspaceId), plain);
}

export function openWebhookSecret(env: Env, workspaceId: number, stored: string): Promise<string> {
  return unwrapSecret(secretKeyText(env), context(workspaceId), stored);
}
