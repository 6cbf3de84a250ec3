// The messenger's "Get notified by email" (issue 12 item 6, issue 17 item 11): a visitor's typed
// address is stored unverified on their own contact and mailed one confirmation link; only the
// link, read from that inbox, makes it an address engage email may go to (eligibility.ts).
// No answer here depends on any other contact, so the form cannot probe who else has an address.
import { z } from "zod";
import { escapeHtml } from "../../shared/markdown/html.ts";
import { EMAIL_CAP_WINDOW_SECONDS, mayEmailAgain } from "../../shared/engage/emailCap.ts";
import { contactById, updateContact } from "../db/contacts.ts";
import { emailsSentToSince } from "../db/emailCap.ts";
import { confirmContactEmail } from "../db/emailOptIn.ts";
import type { Contact, Workspace } from "../db/schema.ts";
import { visitorTokenKeyOf } from "../db/workspaces.ts";
import { mailerFor } from "../engage/mailer.ts";
import { limitAddress, type AddressLimit } from "../http/addressLimit.ts";
import { readJson } from "../http/body.ts";
import { limitContact, type ContactLimit } from "../http/contactLimits.ts";
import type { Ctx, Handler } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";
import { secretKeyText } from "../identity/secretBox.ts";
import { randomSecret } from "../identity/secrets.ts";
import { peekOptInToken, signOptInToken, verifyOptInToken } from "./emailOptInToken.ts";
import { optInStep } from "./emailOptInStep.ts";
import { visitorSession, workspaceOf } from "./session.ts";

/** Confirmation emails one contact may ask for in an hour: a typo gets fixed, a mail cannon does not. */
export const OPT_INS_PER_HOUR = 3;
export const EMAIL_OPT_INS: ContactLimit = {
  scope: "contact-email-opt-ins",
  limit: OPT_INS_PER_HOUR,
  windowSeconds: 3600,
  refusal: `A visitor may ask for at most ${OPT_INS_PER_HOUR} confirmation emails an hour; try again later.`,
};

/** Guesses at confirmation tokens from one address in a minute. */
export const OPT_IN_CONFIRMATIONS: AddressLimit = { scope: "email-opt-in-confirm", perMinute: 10, refusal: "Too many confirmation attempts; try again in a minute." };

export type OptInAnswer = { status: "confirmation_sent" | "confirmed" };

const optInBody = z.object({ email: z.string().trim().max(254).email() });
const confirmBody = z.object({ token: z.string().max(200) });

async function tokenKey(c: Ctx, workspace: Workspace): Promise<string> {
  return visitorTokenKeyOf(c.db, workspace, secretKeyText(c.env), randomSecret("pv"));
}

function confirmationEmail(workspace: Workspace, link: string) {
  const name = workspace.name;
  return {
    subject: `Confirm your email for ${name}`,
    text: `You asked ${name} to notify you by email about your conversation.\n\nConfirm this address: ${link}\n\nThe link works for 7 days. If you did not ask, ignore this email: nothing will be sent.`,
    html: `<p>You asked ${escapeHtml(name)} to notify you by email about your conversation.</p><p><a href="${escapeHtml(link)}">Confirm this address</a></p><p>The link works for 7 days. If you did not ask, ignore this email: nothing will be sent.</p>`,
  };
}

async function sendConfirmation(request: Request, c: Ctx, workspace: Workspace, contact: Contact, email: string): Promise<void> {
  // The per-recipient daily cap of engage email bounds these too: many visitors, one inbox.
  if (!mayEmailAgain(await emailsSentToSince(c.db, workspace.id, email, c.now - EMAIL_CAP_WINDOW_SECONDS))) return;
  const token = await signOptInToken(await tokenKey(c, workspace), { workspaceId: workspace.id, contactId: contact.id, email, issuedAt: c.now });
  // The token rides in the fragment: browsers never send it, so no log or proxy sees it.
  const link = `${new URL(`/messenger/${encodeURIComponent(workspace.appId)}/confirm-email`, c.env.PARLEY_PUBLIC_URL ?? new URL(request.url).origin).toString()}#${token}`;
  await mailerFor(c.env, c.db).send({ workspaceId: workspace.id, deliveryId: null, to: email, fromName: workspace.name, sentAt: c.now, ...confirmationEmail(workspace, link) });
}

export const requestEmailOptIn: Handler = async (request, c) => {
  const { workspace, contact } = await visitorSession(request, c);
  await limitContact(c, workspace.id, contact.id, EMAIL_OPT_INS);
  const { email } = await readJson(request, optInBody);
  const step = optInStep(contact, email);
  if (step === "keep_proven") throw new ApiError("conflict", "This conversation already has a confirmed email.");
  if (step === "already_confirmed") return Response.json({ status: "confirmed" } satisfies OptInAnswer);
  await updateContact(c.db, workspace.id, contact.id, { email, emailVerified: false, updatedAt: c.now });
  await sendConfirmation(request, c, workspace, contact, email);
  return Response.json({ status: "confirmation_sent" } satisfies OptInAnswer, { status: 202 });
};

const invalidLink = () => new ApiError("not_found", "This confirmation link is not valid or has expired. Ask for a new one in the messenger.");

export const confirmEmailOptIn: Handler = async (request, c) => {
  const workspace = await workspaceOf(request, c);
  await limitAddress(request, c, workspace.id, OPT_IN_CONFIRMATIONS);
  const { token } = await readJson(request, confirmBody);
  const peeked = peekOptInToken(token);
  const contact = peeked ? await contactById(c.db, workspace.id, peeked.contactId) : undefined;
  if (!contact?.email) throw invalidLink();
  const valid = await verifyOptInToken(await tokenKey(c, workspace), token, { workspaceId: workspace.id, contactId: contact.id, email: contact.email }, c.now);
  if (!valid || !(await confirmContactEmail(c.db, workspace.id, contact.id, contact.email, c.now))) throw invalidLink();
  return Response.json({ status: "confirmed" } satisfies OptInAnswer);
};
