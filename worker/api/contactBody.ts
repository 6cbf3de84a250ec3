import { z } from "zod";
import type { CustomAttributes } from "../../shared/api-types.ts";
import { mergeAttributes } from "../db/customAttributes.ts";
import type { NewContact } from "../db/schema.ts";

// Names usable in rules as `custom_attributes.NAME` (shared/rules applies the same pattern).
const ATTRIBUTE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_ -]{0,99}$/;
const MAX_ATTRIBUTES = 100;

const unixSeconds = z.number().int().min(0).max(32_503_680_000);
const text = (max: number) => z.string().trim().max(max);

const customAttributes = z
  .record(z.string().regex(ATTRIBUTE_NAME, "custom attribute names use letters, digits, spaces, _ and -"), z.union([z.string().max(1000), z.number().finite(), z.boolean(), z.null()]))
  .refine((attrs) => Object.keys(attrs).length <= MAX_ATTRIBUTES, `at most ${MAX_ATTRIBUTES} custom attributes`);

const fields = {
  role: z.enum(["user", "lead"]),
  external_id: text(255).min(1).nullable(),
  email: z.email().max(255).transform((e) => e.toLowerCase()).nullable(),
  phone: text(64).nullable(),
  name: text(255).nullable(),
  avatar: z.string().max(2048).nullable(),
  signed_up_at: unixSeconds.nullable(),
  last_seen_at: unixSeconds.nullable(),
  owner_id: z.union([z.number(), z.string()]).nullable(),
  unsubscribed_from_emails: z.boolean(),
  web_sessions: z.number().int().min(0).max(1_000_000_000),
  custom_attributes: customAttributes,
};

export const contactCreateBody = z
  .object(fields)
  .partial()
  .refine((b) => b.role !== undefined || b.email || b.external_id, {
    message: "Provide at least one of role, email or external_id.",
  });

export const contactUpdateBody = z.object(fields).partial();

export type ContactCreateBody = z.infer<typeof contactCreateBody>;
export type ContactUpdateBody = z.infer<typeof contactUpdateBody>;

type ContactPatch = Partial<Omit<NewContact, "id" | "workspaceId" | "createdAt">>;

export function contactPatch(body: ContactUpdateBody, oldAttributes: CustomAttributes): ContactPatch {
  const patch: ContactPatch = {};
  if (body.role !== undefined) patch.role = body.role;
  if (body.external_id !== undefined) patch.externalId = body.external_id;
  // The customer's own server set this address: as trusted as a signed identity (issue 12, item 6).
  if (body.email !== undefined) {
    patch.email = body.email;
    patch.emailVerified = body.email !== null;
  }
  if (body.phone !== undefined) patch.phone = body.phone;
  if (body.name !== undefined) patch.name = body.name;
  if (body.signed_up_at !== undefined) patch.signedUpAt = body.signed_up_at;
  if (body.last_seen_at !== undefined) patch.lastSeenAt = body.last_seen_at;
  if (body.unsubscribed_from_emails !== undefined) patch.unsubscribedFromEmails = body.unsubscribed_from_emails;
  if (body.web_sessions !== undefined) patch.webSessions = body.web_sessions;
  if (body.custom_attributes !== undefined) patch.customAttributes = mergeAttributes(oldAttributes, body.custom_attributes);
  return patch;
}
