// CONTRACT §8: POST /contacts/merge {from: lead, into: user} → the user, now holding the lead's
// conversations, events, tags, notes and companies; the lead is gone.
import { z } from "zod";
import { contactById, isContactId } from "../db/contacts.ts";
import { mergeContactRows } from "../db/contactMerge.ts";
import type { Contact } from "../db/schema.ts";
import { tagsOfContact } from "../db/taggings.ts";
import { hubOf, roomOf } from "../durable/stubs.ts";
import { readJson } from "../http/body.ts";
import type { AuthedCtx, AuthedHandler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { contactView } from "../http/views.ts";
import { mergedUserFields } from "./contactMergeFields.ts";

const mergeBody = z.object({ from: z.string().min(1), into: z.string().min(1) });

async function contactOr404(c: AuthedCtx, raw: string): Promise<Contact> {
  const contact = isContactId(raw) ? await contactById(c.db, c.principal.workspaceId, raw) : undefined;
  if (!contact) throw notFound("User");
  return contact;
}

export const mergeContactsRoute: AuthedHandler = async (request, c) => {
  const body = await readJson(request, mergeBody);
  if (body.from === body.into) throw new ApiError("parameter_invalid", "from and into must be two different contacts.");
  const [lead, user] = [await contactOr404(c, body.from), await contactOr404(c, body.into)];
  if (lead.role !== "lead") throw new ApiError("parameter_invalid", "from must be a lead: only a lead merges into a user.");
  if (user.role !== "user") throw new ApiError("parameter_invalid", "into must be a user: a contact never merges into a lead.");
  const workspaceId = c.principal.workspaceId;
  const merged = await mergeContactRows(c.db, workspaceId, lead.id, user.id, mergedUserFields(lead, user, c.now));
  if (!merged) throw notFound("User");
  // Each room keeps its contact in its own state; the hub caches list rows with their contact.
  const hub = hubOf(c.env, workspaceId);
  await Promise.all(merged.conversationIds.map(async (id) => {
    const room = roomOf(c.env, workspaceId, id);
    await room.moveTo(user.id);
    // Whoever held the lead's messenger no longer holds these conversations.
    await room.disconnect("user", lead.id);
    await hub.tagsChanged(id);
  }));
  return Response.json(contactView(merged.user, await tagsOfContact(c.db, workspaceId, user.id)));
};
