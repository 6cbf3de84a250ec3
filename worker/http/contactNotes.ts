// A contact's notes, written and read the same way by the REST API and the admin app.
import { z } from "zod";
import type { NoteObject } from "../../shared/contactApi.ts";
import { adminById } from "../db/admins.ts";
import { insertNote, MAX_NOTES_LISTED, notesOfContact } from "../db/contactNotes.ts";
import type { ContactNote } from "../db/noteSchema.ts";
import type { AuthedCtx } from "./context.ts";
import { ApiError } from "./errors.ts";

export const MAX_NOTE_LENGTH = 10_000;

export const noteText = z.string().trim().min(1, "body must not be empty").max(MAX_NOTE_LENGTH);

export function noteView(note: ContactNote): NoteObject {
  return {
    type: "note",
    id: String(note.id),
    body: note.body,
    created_at: note.createdAt,
    author: { type: "admin", id: String(note.adminId) },
    contact: { type: "contact", id: note.contactId },
  };
}

/** The author must be an active admin of this workspace: a note never names a stranger. */
export async function addNote(c: AuthedCtx, contactId: string, adminId: number, body: string): Promise<NoteObject> {
  const admin = await adminById(c.db, c.principal.workspaceId, adminId);
  if (!admin) throw new ApiError("not_found", "Admin Not Found");
  const note = await insertNote(c.db, { workspaceId: c.principal.workspaceId, contactId, adminId: admin.id, body, createdAt: c.now });
  return noteView(note);
}

/** Newest first; `page` (from 1) and `perPage` page through them as Intercom's list does. */
export async function notesOf(c: AuthedCtx, contactId: string, page = 1, perPage = MAX_NOTES_LISTED): Promise<NoteObject[]> {
  return (await notesOfContact(c.db, c.principal.workspaceId, contactId, perPage, (page - 1) * perPage)).map(noteView);
}
