import { z } from "zod";
import { portableTable } from "../db/portable.ts";
import { insertMapped, mappedIds } from "../db/portableIds.ts";
import { conversations } from "../db/schema.ts";
import { lineError, type Line, type LineError } from "./exportSection.ts";
import { contactsOf } from "./importForeignPeople.ts";
import { messageOf, parseAll, scopeOf, sourceId, type Translate } from "./importForeignKit.ts";

// A conversation from another account, in the export's all-parts format (the first message is the
// first part) but with the source's ids: its contact, authors, assignee, tags and its own id are
// mapped to local ones, then the export's own conversation section restores it into its room.
// Teams are not imported: team assignments are dropped.

const T = { conversations: portableTable(conversations) };

const who = z.looseObject({ type: z.string(), id: sourceId });
const partRef = z.looseObject({ author: who, assigned_to: who.nullish() });
const conversationRef = z.looseObject({
  id: sourceId,
  created_at: z.number().int(),
  admin_assignee_id: sourceId.nullish(),
  contacts: z.object({ contacts: z.array(z.object({ id: sourceId })).min(1) }),
  tags: z.object({ tags: z.array(z.object({ id: sourceId })) }).optional(),
  conversation_rating: z.looseObject({ teammate: z.object({ id: sourceId }).nullish() }).nullish(),
  conversation_parts: z.object({ conversation_parts: z.array(partRef).min(1) }),
});
type Ref = z.infer<typeof conversationRef>;

const USER_TYPES = new Set(["user", "lead", "contact"]);

function adminIdsOf(v: Ref): string[] {
  const parts = v.conversation_parts.conversation_parts;
  return [
    ...parts.flatMap((p) => (USER_TYPES.has(p.author.type) || p.author.type === "bot" ? [] : [p.author.id])),
    ...parts.flatMap((p) => (p.assigned_to?.type === "admin" ? [p.assigned_to.id] : [])),
    ...(v.admin_assignee_id ? [v.admin_assignee_id] : []),
    ...(v.conversation_rating?.teammate ? [v.conversation_rating.teammate.id] : []),
  ];
}

export const translateConversations: Translate = async (x, lines) => {
  const { valid, errors } = parseAll("conversation", conversationRef, lines);
  const contacts = await contactsOf(x, "conversation", valid.map(({ line, v }) => ({ line, contactId: v.contacts.contacts[0]?.id ?? "" })));
  const admins = await mappedIds(x.db, scopeOf(x, "admin"), valid.flatMap(({ v }) => adminIdsOf(v)));
  const tags = await mappedIds(x.db, scopeOf(x, "tag"), valid.flatMap(({ v }) => v.tags?.tags.map((t) => t.id) ?? []));
  const native: Line[] = [];
  const failed: LineError[] = [];
  for (const { line, v } of valid) {
    const contactId = contacts.ids.get(v.contacts.contacts[0]?.id ?? "");
    if (!contactId) continue;
    const author = (a: z.infer<typeof who>) =>
      USER_TYPES.has(a.type) ? { ...a, type: "user", id: contactId } : a.type === "bot" ? a : { ...a, type: "admin", id: admins.get(a.id) ?? String(x.adminId) };
    const parts = v.conversation_parts.conversation_parts.map(({ parley: _parley, ...p }) => ({
      ...p,
      author: author(p.author),
      assigned_to: p.assigned_to?.type === "admin" && admins.has(p.assigned_to.id) ? { ...p.assigned_to, id: admins.get(p.assigned_to.id) } : null,
    }));
    const first = parts[0];
    let localId: string;
    try {
      // The row is made before the room is filled so that the id exists in the map first; the
      // export's section then rewrites every field of it from what the room answers.
      localId = await insertMapped(x.db, scopeOf(x, "conversation"), T.conversations, v.id, {
        workspace_id: x.workspaceId, contact_id: contactId, state: "open", source_author_type: first?.author.type === "user" ? "user" : "admin",
        source_author_id: first?.author.id ?? contactId, source_body: "", created_at: v.created_at, updated_at: v.created_at,
        last_part_at: v.created_at, last_part_author_type: first?.author.type ?? "user",
      });
    } catch (error) {
      failed.push(lineError(line, "conversation", messageOf(error)));
      continue;
    }
    const { parley: _parley, ...rest } = v;
    const rating = v.conversation_rating;
    const teammate = rating?.teammate ? admins.get(rating.teammate.id) : undefined;
    native.push({
      n: line.n,
      value: {
        ...rest,
        id: localId,
        contacts: { contacts: [{ id: contactId }] },
        admin_assignee_id: v.admin_assignee_id ? (admins.get(v.admin_assignee_id) ?? null) : null,
        team_assignee_id: null,
        tags: { tags: (v.tags?.tags ?? []).flatMap((t) => tags.get(t.id) ?? []).map((id) => ({ id })) },
        conversation_rating: rating ? { ...rating, teammate: teammate ? { id: teammate } : null } : null,
        conversation_parts: { conversation_parts: parts },
      },
    });
  }
  return { lines: native, errors: [...errors, ...contacts.errors, ...failed] };
};
