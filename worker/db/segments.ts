// Saved segments (CONTRACT §8): a name and a rule; who is in one is decided when asked.
import { and, asc, eq, sql } from "drizzle-orm";
import { toSql } from "../../shared/rules/index.ts";
import type { Db } from "./client.ts";
import { fragment } from "./client.ts";
import { segments, type Segment } from "./companySchema.ts";
import { contacts } from "./schema.ts";
import { storedRule } from "./ruleContact.ts";

export function isSegmentId(raw: string): boolean {
  return /^[1-9][0-9]{0,15}$/.test(raw);
}

export async function insertSegment(db: Db, row: Omit<Segment, "id">): Promise<Segment> {
  return db.insert(segments).values(row).returning().get();
}

export async function segmentById(db: Db, workspaceId: number, id: number): Promise<Segment | undefined> {
  return db.select().from(segments).where(and(eq(segments.workspaceId, workspaceId), eq(segments.id, id))).get();
}

/** Every segment of the workspace in creation order (the REST list and the export). */
export async function listSegments(db: Db, workspaceId: number): Promise<Segment[]> {
  return db.select().from(segments).where(eq(segments.workspaceId, workspaceId)).orderBy(asc(segments.id)).all();
}

/**
 * The segments a contact is in at `now`: each segment's rule compiled by shared/rules' toSql and
 * asked of this one contact, all in one batch (one round trip). Relative times (`days_ago`)
 * resolve against `now`, so membership is as of the request.
 */
export async function segmentsOfContact(db: Db, workspaceId: number, contactId: string, now: number): Promise<Segment[]> {
  const candidates = (await listSegments(db, workspaceId)).flatMap((segment) => {
    const rule = storedRule(segment.rules);
    return rule ? [{ segment, rule }] : [];
  });
  const [first, ...rest] = candidates.map(({ rule }) => {
    const { sql: text, params } = toSql(rule, now, "contacts");
    return db
      .select({ n: sql<number>`1` })
      .from(contacts)
      .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, contactId), fragment(text, params)));
  });
  if (!first) return [];
  const answers = await db.batch([first, ...rest]);
  return candidates.filter((_, i) => (answers[i]?.length ?? 0) > 0).map(({ segment }) => segment);
}

/** How many contacts a segment holds at `now` (Intercom's `count`). */
export async function segmentCount(db: Db, workspaceId: number, segment: Segment, now: number): Promise<number> {
  const rule = storedRule(segment.rules);
  if (!rule) return 0;
  const { sql: text, params } = toSql(rule, now, "contacts");
  const row = await db.select({ n: sql<number>`count(*)` }).from(contacts).where(and(eq(contacts.workspaceId, workspaceId), fragment(text, params))).get();
  return row?.n ?? 0;
}
