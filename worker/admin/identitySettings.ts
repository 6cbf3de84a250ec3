import { z } from "zod";
import { acceptedIdentitySecrets, identitySecretOf, rotateIdentitySecret, setIdentityEnforced, workspaceById } from "../db/workspaces.ts";
import type { Workspace } from "../db/schema.ts";
import { readJson } from "../http/body.ts";
import type { AuthedCtx, Handler } from "../http/context.ts";
import { notFound } from "../http/errors.ts";
import { requireOwner, withSession } from "../http/guard.ts";
import { secretKeyText } from "../identity/secretBox.ts";

// The owner's identity-verification settings (CONTRACT §3): enforcement on or off, the secret
// shown only when asked for, and rotation with a grace period for the previous secret.

/** How long a rotated-out secret still verifies hashes and JWTs, so the site can switch over. */
export const ROTATION_GRACE_SECONDS = 24 * 3600;

async function ownersWorkspace(request: Parameters<Handler>[0], ctx: Parameters<Handler>[1]): Promise<{ c: AuthedCtx; workspace: Workspace }> {
  const c = await withSession(request, ctx);
  await requireOwner(c, "identity verification");
  const workspace = await workspaceById(c.db, c.principal.workspaceId);
  if (!workspace) throw notFound("Workspace");
  return { c, workspace };
}

function settingsView(w: Workspace, now: number) {
  const graceUntil = w.identitySecretPrevious && w.identitySecretPreviousUntil !== null && w.identitySecretPreviousUntil > now ? w.identitySecretPreviousUntil : null;
  return { enforced: w.identityEnforced, previous_secret_valid_until: graceUntil };
}

export const getIdentitySettings: Handler = async (request, ctx) => {
  const { c, workspace } = await ownersWorkspace(request, ctx);
  return Response.json(settingsView(workspace, c.now), { headers: { "cache-control": "no-store" } });
};

export const putIdentitySettings: Handler = async (request, ctx) => {
  const { c, workspace } = await ownersWorkspace(request, ctx);
  const { enforced } = await readJson(request, z.object({ enforced: z.boolean() }));
  await setIdentityEnforced(c.db, workspace, secretKeyText(c.env), enforced);
  return Response.json(settingsView({ ...workspace, identityEnforced: enforced }, c.now));
};

/** The secret only travels when the owner asks to see it, never with the settings themselves. */
export const revealIdentitySecret: Handler = async (request, ctx) => {
  const { c, workspace } = await ownersWorkspace(request, ctx);
  const [, previous = null] = await acceptedIdentitySecrets(workspace, secretKeyText(c.env), c.now);
  return Response.json({ secret: await identitySecretOf(workspace, secretKeyText(c.env)), previous_secret: previous }, { headers: { "cache-control": "no-store" } });
};

export const rotateIdentitySecretRoute: Handler = async (request, ctx) => {
  const { c, workspace } = await ownersWorkspace(request, ctx);
  const fresh = [...crypto.getRandomValues(new Uint8Array(32))].map((b) => b.toString(16).padStart(2, "0")).join("");
  await rotateIdentitySecret(c.db, workspace, secretKeyText(c.env), fresh, c.now, ROTATION_GRACE_SECONDS);
  const rotated = (await workspaceById(c.db, workspace.id)) ?? workspace;
  return Response.json({ secret: fresh, ...settingsView(rotated, c.now) }, { headers: { "cache-control": "no-store" } });
};
