// CONTRACT §8: POST|GET /contacts/{id}/notes.
import { z } from "zod";
import type { NoteList } from "../../shared/contactApi.ts";
import { MAX_NOTES_LISTED } from "../db/contactNotes.ts";
import { contactById, isContactId } from "../db/contacts.ts";
import type { Contact } from "../db/schema.ts";
import { readJson } from "../http/body.ts";
import { addNote, noteText, notesOf } from "../http/contactNotes.ts";
import { param, queryString, type AuthedCtx, type AuthedHandler } from "../http/context.ts";
import { ApiError, notFound } from "../http/errors.ts";

const noteBody = z.object({
  body: noteText,
  // Intercom sends it as a string; a number is accepted too. Without it, the token's own admin writes.
  admin_id: z.union([z.string().regex(/^\d{1,15}$/, "admin_id must be an admin's id"), z.number().int().positive()]).optional(),
});

async function existing(c: AuthedCtx, id: string): Promise<Contact> {
  const contact = isContactId(id) ? await contactById(c.db, c.principal.workspaceId, id) : undefined;
  if (!contact) throw notFound("User");
  return contact;
}

export const createNoteRoute: AuthedHandler = async (request, c) => {
  const contact = await existing(c, param(request, "id"));
  const body = await readJson(request, noteBody);
  const adminId = body.admin_id === undefined ? c.principal.adminId : Number(body.admin_id);
  if (!Number.isSafeInteger(adminId)) throw new ApiError("parameter_invalid", "admin_id must be an admin's id");
  return Response.json(await addNote(c, contact.id, adminId, body.body));
};

export const listNotesRoute: AuthedHandler = async (request, c) => {
  const contact = await existing(c, param(request, "id"));
  // Intercom's SDK asks for page 2, 3, … until a page comes back empty.
  const page = Math.max(1, Math.trunc(Number(queryString(request, "page") ?? "1")) || 1);
  const perPage = Math.min(MAX_NOTES_LISTED, Math.max(1, Math.trunc(Number(queryString(request, "per_page") ?? MAX_NOTES_LISTED)) || MAX_NOTES_LISTED));
  const data = await notesOf(c, contact.id, page, perPage);
  return Response.json({ type: "list", data, total_count: data.length } satisfies NoteList);
};
