// "Forgot password?" (issue 17, item 14). The request answers the same whether or not the email
// has an account; each account gets a one-time link valid for an hour, at most a few per hour.
// The email leaves through the send_email binding, and the outbox keeps a copy without the link:
// every admin of the workspace can read the outbox, and the link is a key to this account.
import type { IRequest } from "itty-router";
import { z } from "zod";
import { adminById, adminsByEmailForLogin, setAdminPassword } from "../db/admins.ts";
import { recordOutboxEmail } from "../db/deliveries.ts";
import { insertPasswordReset, resetsSentSince, spendPasswordReset } from "../db/passwordResets.ts";
import type { Admin, Workspace } from "../db/schema.ts";
import { workspaceById } from "../db/workspaces.ts";
import { DEFAULT_FROM } from "../engage/mailer.ts";
import { limitAddress } from "../http/addressLimit.ts";
import { requireSameOrigin } from "../http/auth.ts";
import { readJson } from "../http/body.ts";
import type { Ctx, Handler } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";
import { hashPassword } from "../identity/password.ts";
import { randomSecret, sha256Hex } from "../identity/secrets.ts";
import { endSessions, MIN_PASSWORD_LENGTH, startSession } from "./session.ts";

export const RESET_TTL_SECONDS = 3600;
/** Links one account may receive per hour, so the form cannot be used to flood someone's mailbox. */
export const RESETS_PER_HOUR = 3;
const RESET_LIMIT = { scope: "password-reset", perMinute: 5, refusal: "Too many requests; try again in a minute." };
// Requests come before any workspace is known; 0 is no workspace's id.
const NO_WORKSPACE = 0;

const requestBody = z.object({ email: z.string().trim().toLowerCase().min(3).max(255) });
const completeBody = z.object({
  token: z.string().min(10).max(200),
  password: z.string().min(MIN_PASSWORD_LENGTH, `passwords have at least ${MIN_PASSWORD_LENGTH} characters`).max(1024),
});

/** Stores a new link's hash for the admin and returns the token the email carries. */
export async function issueResetToken(c: Ctx, admin: Admin): Promise<string> {
  const token = randomSecret("pr");
  await insertPasswordReset(c.db, { workspaceId: admin.workspaceId, adminId: admin.id, tokenHash: await sha256Hex(token), createdAt: c.now, expiresAt: c.now + RESET_TTL_SECONDS });
  return token;
}

function resetEmail(workspace: Workspace, link: string): { subject: string; text: string } {
  return {
    subject: `Reset your ${workspace.name} password`,
    text: `Someone asked to reset the password of your Parley account in ${workspace.name}.\n\nChoose a new password here (the link works once, for an hour):\n${link}\n\nIf it was not you, ignore this email: your password stays as it is.`,
  };
}

async function sendReset(request: IRequest, c: Ctx, admin: Admin, workspace: Workspace): Promise<void> {
  if ((await resetsSentSince(c.db, workspace.id, admin.id, c.now - 3600)) >= RESETS_PER_HOUR) return;
  const token = await issueResetToken(c, admin);
  const origin = c.env.PARLEY_PUBLIC_URL?.replace(/\/$/, "") || new URL(request.url).origin;
  const email = resetEmail(workspace, `${origin}/admin/#reset=${token}`);
  if (c.env.EMAIL) {
    await c.env.EMAIL.send({ from: { name: "Parley", email: c.env.PARLEY_EMAIL_FROM ?? DEFAULT_FROM }, to: admin.email, subject: email.subject, text: email.text, html: "" });
  }
  const kept = email.text.replace(`${origin}/admin/#reset=${token}`, "[one-time link, not kept]");
  await recordOutboxEmail(c.db, { workspaceId: workspace.id, deliveryId: null, recipient: admin.email, subject: email.subject, text: kept, html: "", sentAt: c.now });
}

export const requestPasswordReset: Handler = async (request, c) => {
  requireSameOrigin(request);
  const body = await readJson(request, requestBody);
  await limitAddress(request, c, NO_WORKSPACE, RESET_LIMIT);
  for (const { admin, workspace } of await adminsByEmailForLogin(c.db, body.email)) await sendReset(request, c, admin, workspace);
  return Response.json({ sent: true });
};

/** Sets the new password, signs out every session of the account, and signs this browser in. */
export const completePasswordReset: Handler = async (request, c) => {
  requireSameOrigin(request);
  const body = await readJson(request, completeBody);
  await limitAddress(request, c, NO_WORKSPACE, RESET_LIMIT);
  const spent = await spendPasswordReset(c.db, await sha256Hex(body.token), c.now);
  const [admin, workspace] = spent ? await Promise.all([adminById(c.db, spent.workspaceId, spent.adminId), workspaceById(c.db, spent.workspaceId)]) : [];
  if (!admin || !workspace || admin.disabledAt !== null) throw new ApiError("forbidden", "This link has expired or was already used. Ask for a new one.");
  await setAdminPassword(c.db, admin.workspaceId, admin.id, await hashPassword(body.password));
  await endSessions(c, admin.workspaceId, admin.id);
  return startSession(c, request.url, admin, workspace);
};
