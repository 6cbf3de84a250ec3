import type { CustomAttributes } from "../../shared/api-types.ts";
import { contactByEmail, contactByExternalId, contactById, deleteContact, insertContact, isContactId, newContactId, updateContact } from "../db/contacts.ts";
import { moveConversations } from "../db/conversations.ts";
import { mergeAttributes } from "../db/customAttributes.ts";
import { roomOf } from "../durable/stubs.ts";
import type { Contact, Workspace } from "../db/schema.ts";
import { ensureVisitorSecret } from "../db/workspaces.ts";
import type { Ctx } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";
import { verifyJwt } from "../identity/jwt.ts";
import { randomSecret } from "../identity/secrets.ts";
import { verifyUserHash } from "../identity/userHash.ts";
import { signVisitorToken, verifyVisitorToken } from "../identity/visitorToken.ts";
import { decideIdentity, hashSubject } from "./identityDecision.ts";
import { customAttributesOf, webSessionsAfterVisit, type Settings } from "./settings.ts";

export interface VisitInput {
  settings: Settings;
  token: string | null;
  visitorId: string | null;
  pageUrl: string | null;
}

export interface Visit {
  contact: Contact;
  token: string;
}

/** boot and update: who this visitor is, their contact kept current, and a fresh token. */
export async function identifyVisitor(c: Ctx, workspace: Workspace, input: VisitInput): Promise<Visit> {
  const secret = await ensureVisitorSecret(c.db, workspace, randomSecret("pv"));
  const claims = input.token ? await verifyVisitorToken(secret, input.token, c.now) : null;
  const known = claims && claims.workspaceId === workspace.id ? await contactById(c.db, workspace.id, claims.contactId) : undefined;
  const { settings } = input;
  const subject = hashSubject(settings);
  const identity = decideIdentity(settings, workspace.identityEnforced, {
    hashValid: settings.user_hash !== undefined && subject !== null ? await verifyUserHash(workspace.identitySecret, subject, settings.user_hash) : null,
    jwt: settings.intercom_user_jwt ? await verifyJwt(workspace.identitySecret, settings.intercom_user_jwt, c.now) : null,
  });
  if (identity.kind === "refused") throw new ApiError("forbidden", `Identity verification failed: ${identity.reason}.`);

  let contact: Contact;
  if (identity.kind === "anonymous") {
    // A user who signed out without shutdown() must not leave their conversations to the next visitor.
    contact = known?.role === "lead" ? known : await newLead(c, workspace, input.visitorId);
  } else {
    const byId = identity.externalId ? await contactByExternalId(c.db, workspace.id, identity.externalId) : undefined;
    const existing = byId ?? (identity.email ? await contactByEmail(c.db, workspace.id, identity.email) : undefined);
    const user = existing?.role === "user" && (!identity.externalId || existing.externalId === identity.externalId || existing.externalId === null) ? existing : undefined;
    if (user) {
      contact = user;
      if (known?.role === "lead" && known.id !== user.id) await absorbLead(c, workspace.id, known, user.id);
    } else if (known?.role === "lead") {
      contact = known;
    } else {
      contact = await newLead(c, workspace, null);
    }
    contact = await updateOrThrow(c, workspace.id, contact.id, {
      role: "user",
      externalId: identity.externalId ?? contact.externalId,
      email: identity.email ?? contact.email,
    });
    const claimAttributes = customAttributesOf(identity.extra);
    if (Object.keys(claimAttributes).length > 0) contact = await updateOrThrow(c, workspace.id, contact.id, { customAttributes: mergeAttributes(contact.customAttributes, claimAttributes) });
  }
  contact = await recordVisit(c, workspace.id, contact, settings, input.pageUrl);
  const token = await signVisitorToken(secret, { workspaceId: workspace.id, contactId: contact.id, issuedAt: c.now });
  return { contact, token };
}

async function newLead(c: Ctx, workspace: Workspace, proposedId: string | null): Promise<Contact> {
  const free = proposedId && isContactId(proposedId) && !(await contactById(c.db, workspace.id, proposedId));
  const id = free && proposedId ? proposedId : newContactId(c.now);
  return insertContact(c.db, { id, workspaceId: workspace.id, role: "lead", createdAt: c.now, updatedAt: c.now });
}

/** The anonymous visitor signed in: their conversations move to the user, the lead goes away. */
async function absorbLead(c: Ctx, workspaceId: number, lead: Contact, userId: string): Promise<void> {
  const moved = await moveConversations(c.db, workspaceId, lead.id, userId);
  await Promise.all(moved.map((id) => roomOf(c.env, workspaceId, id).moveTo(userId)));
  await deleteContact(c.db, workspaceId, lead.id);
}

async function recordVisit(c: Ctx, workspaceId: number, contact: Contact, settings: Settings, pageUrl: string | null): Promise<Contact> {
  const attributes: CustomAttributes = customAttributesOf(settings);
  return updateOrThrow(c, workspaceId, contact.id, {
    name: settings.name ?? contact.name,
    phone: settings.phone ?? contact.phone,
    signedUpAt: settings.created_at ?? contact.signedUpAt,
    unsubscribedFromEmails: settings.unsubscribed_from_emails ?? contact.unsubscribedFromEmails,
    customAttributes: mergeAttributes(contact.customAttributes, attributes),
    webSessions: webSessionsAfterVisit(contact.webSessions, contact.lastSeenAt, c.now),
    lastSeenAt: c.now,
    lastPageUrl: pageUrl ?? contact.lastPageUrl,
  });
}

async function updateOrThrow(c: Ctx, workspaceId: number, id: string, patch: Parameters<typeof updateContact>[3]): Promise<Contact> {
  const updated = await updateContact(c.db, workspaceId, id, { ...patch, updatedAt: c.now });
  if (!updated) throw new Error(`contact ${id} vanished during a visit`);
  return updated;
}
