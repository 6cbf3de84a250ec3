import { and, asc, eq, sql } from "drizzle-orm";
import { isUniqueViolation, type Db } from "./client.ts";
import { tagRenameRuleUpdates } from "./tagRenameRules.ts";
import { contactTags, conversationTags, tags, type Tag } from "./tagSchema.ts";

// A workspace's tags. Names are unique per workspace; ids come from AUTOINCREMENT and are never reused.

export function isTagId(raw: string): boolean {
  return /^[1-9][0-9]{0,15}$/.test(raw);
}

export function tagsOf(db: Db, workspaceId: number): Promise<Tag[]> {
  return db.select().from(tags).where(eq(tags.workspaceId, workspaceId)).orderBy(asc(tags.name), asc(tags.id)).all();
}

export function tagById(db: Db, workspaceId: number, id: number): Promise<Tag | undefined> {
  return db.select().from(tags).where(and(eq(tags.workspaceId, workspaceId), eq(tags.id, id))).get();
}

export function tagByName(db: Db, workspaceId: number, name: string): Promise<Tag | undefined> {
  return db.select().from(tags).where(and(eq(tags.workspaceId, workspaceId), eq(tags.name, name))).get();
}

/** The tag of that name, created when there is none; two racing creators get the same tag. */
export async function ensureTag(db: Db, workspaceId: number, name: string, now: number): Promise<Tag> {
  const created = await db.insert(tags).values({ workspaceId, name, createdAt: now }).onConflictDoNothing().returning().get();
  const tag = created ?? (await tagByName(db, workspaceId, name));
  if (!tag) throw new Error("a tag vanished between its insert and its read");
  return tag;
}

/**
 * Renames the tag and, in the same batch, every stored rule naming it (rules name tags by name);
 * "taken" when another tag already has the name, and then nothing changes.
 */
export async function renameTag(db: Db, workspaceId: number, id: number, name: string): Promise<Tag | "taken" | undefined> {
  // A rename racing this one changes the name read here: read it again rather than rewrite rules from a stale name.
  for (let attempt = 0; attempt < 3; attempt++) {
    const tag = await tagById(db, workspaceId, id);
    if (!tag || tag.name === name) return tag;
    const rules = await tagRenameRuleUpdates(db, workspaceId, id, tag.name, name);
    try {
      const [renamed] = await db.batch([
        db.update(tags).set({ name }).where(and(eq(tags.workspaceId, workspaceId), eq(tags.id, id), eq(tags.name, tag.name))).returning(),
        ...rules,
      ]);
      if (renamed[0]) return renamed[0];
    } catch (error) {
      if (isUniqueViolation(error)) return "taken";
      throw error;
    }
  }
  throw new Error(`tag ${id} kept being renamed by others`);
}

/** The tag and every use of it, in one batch (the foreign keys would cascade too; this does not rely on it). */
export async function deleteTag(db: Db, workspaceId: number, id: number): Promise<Tag | undefined> {
  const [, , deleted] = await db.batch([
    db.delete(contactTags).where(and(eq(contactTags.workspaceId, workspaceId), eq(contactTags.tagId, id))),
    db.delete(conversationTags).where(and(eq(conversationTags.workspaceId, workspaceId), eq(conversationTags.tagId, id))),
    db.delete(tags).where(and(eq(tags.workspaceId, workspaceId), eq(tags.id, id))).returning(),
  ]);
  return deleted[0];
}

export interface TagUsage extends Tag {
  contacts: number;
  conversations: number;
}

/** For the tags screen: each tag with how many contacts and conversations carry it (counted on the tag_id indexes). */
export function tagUsageOf(db: Db, workspaceId: number): Promise<TagUsage[]> {
  return db
    .select({
      id: tags.id,
      workspaceId: tags.workspaceId,
      name: tags.name,
      createdAt: tags.createdAt,
      contacts: sql<number>`(SELECT count(*) FROM ${contactTags} WHERE ${contactTags.tagId} = ${tags.id})`,
      conversations: sql<number>`(SELECT count(*) FROM ${conversationTags} WHERE ${conversationTags.tagId} = ${tags.id})`,
    })
    .from(tags)
    .where(eq(tags.workspaceId, workspaceId))
    .orderBy(asc(tags.name), asc(tags.id))
    .all();
}
