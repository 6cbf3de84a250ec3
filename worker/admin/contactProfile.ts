// The admin app's contact page: the contact, what it did, its conversations and notes.
import { z } from "zod";
import type { ContactProfile, NoteList } from "../../shared/contactApi.ts";
import { contactName, isAnonymous } from "../../shared/contactName.ts";
import { recentEvents } from "../db/contactEvents.ts";
import { contactById, isContactId } from "../db/contacts.ts";
import { inboxListPage } from "../db/inboxList.ts";
import type { Contact } from "../db/schema.ts";
import { inboxConversation } from "../inbox/inboxView.ts";
import { readJson } from "../http/body.ts";
import { addNote, noteText, notesOf } from "../http/contactNotes.ts";
import { param, type AuthedCtx, type Handler } from "../http/context.ts";
import { notFound } from "../http/errors.ts";
import { withSession } from "../http/guard.ts";
import { contactView } from "../http/views.ts";

const RECENT_EVENTS = 25;
const RECENT_CONVERSATIONS = 25;

async function existing(c: AuthedCtx, id: string): Promise<Contact> {
  const contact = isContactId(id) ? await contactById(c.db, c.principal.workspaceId, id) : undefined;
  if (!contact) throw notFound("Contact");
  return contact;
}

export const contactProfile: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  const contact = await existing(c, param(request, "id"));
  const [events, conversations, notes] = await Promise.all([
    recentEvents(c.db, c.principal.workspaceId, contact.id, RECENT_EVENTS),
    inboxListPage(c.db, c.principal.workspaceId, { view: { kind: "all" }, state: null, contactId: contact.id, text: null, after: null, limit: RECENT_CONVERSATIONS }),
    notesOf(c, contact.id),
  ]);
  const body = {
    contact: { ...contactView(contact), display_name: contactName(contact), anonymous: isAnonymous(contact), last_page_url: contact.lastPageUrl },
    events: events.map((e) => ({ id: String(e.id), name: e.name, created_at: e.createdAt, metadata: e.metadata })),
    conversations: conversations.rows.map((row) => inboxConversation(row.conversation, row.contact)),
    notes,
  } satisfies ContactProfile;
  return Response.json(body);
};

export const listContactNotes: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  const contact = await existing(c, param(request, "id"));
  const data = await notesOf(c, contact.id);
  return Response.json({ type: "list", data, total_count: data.length } satisfies NoteList);
};

/** The signed-in admin is the author: the admin app never writes in someone else's name. */
export const createContactNote: Handler = async (request, ctx) => {
  const c = await withSession(request, ctx);
  const contact = await existing(c, param(request, "id"));
  const body = await readJson(request, z.object({ body: noteText }));
  return Response.json(await addNote(c, contact.id, c.principal.adminId, body.body));
};
