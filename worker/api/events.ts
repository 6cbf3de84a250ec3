import { z } from "zod";
import { contactByEmail, contactByExternalId, contactById, isContactId } from "../db/contacts.ts";
import { insertEvent } from "../db/events.ts";
import { readJson } from "../http/body.ts";
import type { AuthedHandler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";

// Event names are the NAME of `event.NAME.count` in rules, so they share its alphabet.
const EVENT_NAME = /^[A-Za-z0-9_][A-Za-z0-9_ .:-]{0,99}$/;

const eventBody = z
  .object({
    event_name: z.string().regex(EVENT_NAME, "use letters, digits, spaces and _ . : - (at most 100 characters)"),
    created_at: z.number().int().min(0).optional(),
    user_id: z.string().min(1).optional(),
    id: z.string().min(1).optional(),
    email: z.email().transform((e) => e.toLowerCase()).optional(),
    metadata: z.record(z.string().max(255), z.unknown()).optional(),
  })
  .refine((b) => b.user_id || b.id || b.email, { message: "Provide one of user_id, id or email." });

export const createEvent: AuthedHandler = async (request, { db, principal, now }) => {
  const body = await readJson(request, eventBody);
  const ws = principal.workspaceId;
  const contact = body.id
    ? isContactId(body.id) ? await contactById(db, ws, body.id) : undefined
    : body.user_id
      ? await contactByExternalId(db, ws, body.user_id)
      : body.email
        ? await contactByEmail(db, ws, body.email)
        : undefined;
  if (!contact) throw notFound("User");
  if (body.created_at !== undefined && body.created_at > now + 300) {
    throw new ApiError("parameter_invalid", "created_at is in the future.");
  }
  await insertEvent(db, { workspaceId: ws, contactId: contact.id, name: body.event_name, createdAt: body.created_at ?? now, metadata: body.metadata ?? {} });
  return new Response(null, { status: 202 });
};
