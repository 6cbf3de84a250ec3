import type { CustomAttributes } from "../../shared/api-types.ts";
import { isUniqueViolation } from "../db/client.ts";
import { contactByExternalId, insertContact, isContactId, newContactId, updateContact, usersByEmail, contactById } from "../db/contacts.ts";
import { mergeContactRows } from "../db/contactMerge.ts";
import { mergeAttributes } from "../db/customAttributes.ts";
import { roomOf } from "../durable/stubs.ts";
import type { Contact, Workspace } from "../db/schema.ts";
import { acceptedIdentitySecrets, visitorTokenKeyOf } from "../db/workspaces.ts";
import type { Ctx } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";
import { verifyJwt, type JwtResult } from "../identity/jwt.ts";
import { secretKeyText } from "../identity/secretBox.ts";
import { randomSecret } from "../identity/secrets.ts";
import { verifyUserHash } from "../identity/userHash.ts";
import { signVisitorToken } from "../identity/visitorToken.ts";
import { contactView } from "../http/views.ts";
import { emitContactCreated } from "../webhooks/emit.ts";
import { emailAfterBoot, matchContact } from "./contactMatch.ts";
import { decideIdentity, hashSubject, type IdentityClaim } from "./identityDecision.ts";
import { contactOfToken } from "./session.ts";
import { customAttributesOf, webSessionsAfterVisit, type Settings } from "./settings.ts";
import { attachVisitorCompanies } from "./visitorCompanies.ts";

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

type UserClaim = Extract<IdentityClaim, { kind: "user" }>;

/** boot and update: who this visitor is, their contact kept current, and a fresh token. */
export async function identifyVisitor(c: Ctx, workspace: Workspace, input: VisitInput): Promise<Visit> {
  const keyText = secretKeyText(c.env);
  const tokenKey = await visitorTokenKeyOf(c.db, workspace, keyText, randomSecret("pv"));
  const known = input.token ? await contactOfToken(c, workspace, tokenKey, input.token) : undefined;
  const { settings } = input;
  const identity = decideIdentity(settings, workspace.identityEnforced, await verification(settings, await acceptedIdentitySecrets(workspace, keyText, c.now), c.now));
  if (identity.kind === "refused") throw new ApiError("forbidden", `Identity verification failed: ${identity.reason}.`);

  let contact: Contact;
  let created: Contact | undefined;
  let verified = false;
  if (identity.kind === "anonymous") {
    // A user who signed out without shutdown() must not leave their conversations to the next visitor.
    contact = known?.role === "lead" ? known : (created = await newLead(c, workspace, input.visitorId));
  } else {
    const byExternalId = identity.externalId ? await contactByExternalId(c.db, workspace.id, identity.externalId) : undefined;
    const byEmail = identity.email ? await usersByEmail(c.db, workspace.id, identity.email) : [];
    const match = matchContact(identity, byExternalId, byEmail);
    const ownLead = known?.role === "lead" ? known : undefined;
    if (match.kind === "existing") {
      contact = match.contact;
      if (ownLead && ownLead.id !== contact.id) await absorbLead(c, workspace.id, ownLead, contact.id);
    } else {
      contact = ownLead ?? (created = await newLead(c, workspace, match.kind === "blocked" ? input.visitorId : null));
    }
    // Blocked: the boot named a proven contact without proof; it stays the anonymous visitor it was.
    if (match.kind !== "blocked") {
      contact = await becomeUser(c, workspace.id, contact, identity);
      verified = identity.verified;
    }
  }
  contact = await recordVisit(c, workspace.id, contact, settings, input.pageUrl);
  // Announced once the visit has shaped it: a boot that names a user creates a user, not a lead.
  if (created?.id === contact.id) emitContactCreated(c.env, c.defer, workspace.id, contactView(contact), c.now);
  await attachVisitorCompanies(c, workspace.id, contact, settings);
  const token = await signVisitorToken(tokenKey, { workspaceId: workspace.id, contactId: contact.id, issuedAt: c.now, generation: contact.tokenGeneration, verified });
  return { contact, token };
}

async function verification(settings: Settings, secrets: string[], now: number) {
  const subject = hashSubject(settings);
  let hashValid: boolean | null = null;
  if (settings.user_hash !== undefined && subject !== null) {
    hashValid = false;
    for (const secret of secrets) hashValid ||= await verifyUserHash(secret, subject, settings.user_hash);
  }
  let jwt: JwtResult | null = null;
  if (settings.intercom_user_jwt) {
    const results: JwtResult[] = [];
    for (const secret of secrets) results.push(await verifyJwt(secret, settings.intercom_user_jwt, now));
    // Signed with the previous secret but expired says more than "bad signature" for the current one.
    jwt = results.find((r) => r.ok) ?? results.find((r) => !r.ok && r.reason !== "bad signature") ?? results[0] ?? null;
  }
  return { hashValid, jwt };
}

/**
 * The identity lands on the contact. Becoming a user, or being proven for the first time, bumps
 * the token generation: tokens handed out before (to whoever held the lead, or to an unsigned
 * boot) stop working.
 */
async function becomeUser(c: Ctx, workspaceId: number, contact: Contact, identity: UserClaim): Promise<Contact> {
  const firstProof = identity.verified && contact.verifiedAt === null;
  const revoke = contact.role === "lead" || firstProof;
  let updated = await updateOrThrow(c, workspaceId, contact.id, {
    role: "user",
    externalId: identity.externalId ?? contact.externalId,
    ...emailAfterBoot(identity, contact),
    verifiedAt: firstProof ? c.now : contact.verifiedAt,
    tokenGeneration: revoke ? contact.tokenGeneration + 1 : contact.tokenGeneration,
  });
  const claimAttributes = customAttributesOf(identity.extra);
  if (Object.keys(claimAttributes).length > 0) updated = await updateOrThrow(c, workspaceId, updated.id, { customAttributes: mergeAttributes(updated.customAttributes, claimAttributes) });
  return updated;
}

/** A random first generation: a contact re-created under a deleted one's id does not accept its tokens. */
function firstGeneration(): number {
  return (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) % 1_000_000_000;
}

/**
 * The loader proposes an id so that getVisitorId() answers before boot. It is used only when no
 * contact anywhere holds it: an id taken in another workspace gets a fresh one, like any other.
 */
async function newLead(c: Ctx, workspace: Workspace, proposedId: string | null): Promise<Contact> {
  const row = { workspaceId: workspace.id, role: "lead" as const, createdAt: c.now, updatedAt: c.now, tokenGeneration: firstGeneration() };
  if (proposedId && isContactId(proposedId) && !(await contactById(c.db, workspace.id, proposedId))) {
    try {
      return await insertContact(c.db, { ...row, id: proposedId });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return insertContact(c.db, { ...row, id: newContactId(c.now) });
}

/** The anonymous visitor signed in: their conversations move to the user, the lead goes away. */
async function absorbLead(c: Ctx, workspaceId: number, lead: Contact, userId: string): Promise<void> {
  // The same move as POST /contacts/merge: conversations, events, notes, tags and companies.
  const merged = await mergeContactRows(c.db, workspaceId, lead.id, userId, { updatedAt: c.now });
  await Promise.all((merged?.conversationIds ?? []).map((id) => roomOf(c.env, workspaceId, id).moveTo(userId)));
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
