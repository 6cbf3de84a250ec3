import { and, asc, count, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { fragment, type Db } from "./client.ts";
import { idList } from "./engageAudience.ts";
import { campaignEnrolments, campaignMessages, campaigns, deliveries, type Campaign, type CampaignEnrolment, type CampaignMessage } from "./schema.ts";

export type NewCampaign = typeof campaigns.$inferInsert;
export type CampaignPatch = Partial<Omit<NewCampaign, "id" | "workspaceId" | "createdAt">>;
export type MessageInput = Omit<typeof campaignMessages.$inferInsert, "id" | "workspaceId" | "campaignId" | "position" | "removedAt">;
export type ExitReason = NonNullable<CampaignEnrolment["exitReason"]>;

export async function insertCampaign(db: Db, row: NewCampaign): Promise<Campaign> {
  return db.insert(campaigns).values(row).returning().get();
}

export async function campaignById(db: Db, workspaceId: number, id: number): Promise<Campaign | undefined> {
  return db.select().from(campaigns).where(and(eq(campaigns.workspaceId, workspaceId), eq(campaigns.id, id))).get();
}

export async function campaignsOf(db: Db, workspaceId: number): Promise<Campaign[]> {
  return db.select().from(campaigns).where(eq(campaigns.workspaceId, workspaceId)).orderBy(desc(campaigns.id)).all();
}

export async function liveCampaigns(db: Db, workspaceId?: number): Promise<Campaign[]> {
  const live = eq(campaigns.state, "live");
  return db
    .select()
    .from(campaigns)
    .where(workspaceId === undefined ? live : and(live, eq(campaigns.workspaceId, workspaceId)))
    .orderBy(asc(campaigns.id))
    .all();
}

/** null: the next run starts from the first contact. */
export async function setCampaignCursor(db: Db, id: number, cursor: string | null): Promise<void> {
  await db.update(campaigns).set({ runCursor: cursor }).where(eq(campaigns.id, id)).run();
}

export async function updateCampaign(db: Db, workspaceId: number, id: number, patch: CampaignPatch): Promise<Campaign | undefined> {
  return db.update(campaigns).set(patch).where(and(eq(campaigns.workspaceId, workspaceId), eq(campaigns.id, id))).returning().get();
}

/** Deliveries stay (they are history); the campaign, its messages and enrolments go. */
export async function deleteCampaign(db: Db, workspaceId: number, id: number): Promise<void> {
  await db.batch([
    db.delete(campaignEnrolments).where(and(eq(campaignEnrolments.workspaceId, workspaceId), eq(campaignEnrolments.campaignId, id))),
    db.delete(campaignMessages).where(and(eq(campaignMessages.workspaceId, workspaceId), eq(campaignMessages.campaignId, id))),
    db.delete(campaigns).where(and(eq(campaigns.workspaceId, workspaceId), eq(campaigns.id, id))),
  ]);
}

/** The current messages in list order (removed ones keep their rows for their deliveries' sake). */
export async function messagesOf(db: Db, campaignId: number): Promise<CampaignMessage[]> {
  return db.select().from(campaignMessages).where(and(eq(campaignMessages.campaignId, campaignId), isNull(campaignMessages.removedAt))).orderBy(asc(campaignMessages.position)).all();
}

/**
 * Makes the message list `next`: entries with `keepId` update that message, the rest are new;
 * current messages not kept are marked removed. Deliveries' campaign_message_index is then
 * recomputed from positions (NULL first, so no two rows ever collide on the unique index).
 */
export async function replaceMessages(
  db: Db,
  workspaceId: number,
  campaignId: number,
  next: readonly (MessageInput & { keepId: number | null })[],
  now: number,
): Promise<void> {
  const current = await messagesOf(db, campaignId);
  const kept = new Set(next.flatMap((m) => (m.keepId === null ? [] : [m.keepId])));
  const removed = current.filter((m) => !kept.has(m.id)).map((m) => m.id);
  const writes = next.map(({ keepId, ...fields }, position) =>
    keepId === null
      ? db.insert(campaignMessages).values({ ...fields, workspaceId, campaignId, position })
      : db.update(campaignMessages).set({ ...fields, position }).where(and(eq(campaignMessages.campaignId, campaignId), eq(campaignMessages.id, keepId))),
  );
  await db.batch([
    db.update(campaignMessages).set({ position: -1, removedAt: now }).where(and(eq(campaignMessages.campaignId, campaignId), removed.length ? inArray(campaignMessages.id, removed) : sql`0`)),
    ...writes,
    db.update(deliveries).set({ campaignMessageIndex: null }).where(eq(deliveries.campaignId, campaignId)),
    db
      .update(deliveries)
      .set({ campaignMessageIndex: sql`(SELECT m.position FROM campaign_messages AS m WHERE m.id = ${deliveries.campaignMessageId} AND m.removed_at IS NULL)` })
      .where(eq(deliveries.campaignId, campaignId)),
  ]);
}

/** Contacts a run must look at: matching the target (compiled rule) or enrolled, never exited. */
export function candidatePageSql(target: { sql: string; params: (string | number)[] }, q: { workspaceId: number; campaignId: number; after: string; limit: number }) {
  return fragment(
    `SELECT contacts.id FROM contacts INDEXED BY contacts_workspace_id WHERE contacts.workspace_id = ? AND contacts.id > ?` +
      ` AND NOT EXISTS (SELECT 1 FROM campaign_enrolments AS e WHERE e.campaign_id = ? AND e.contact_id = contacts.id AND e.exited_at IS NOT NULL)` +
      ` AND (${target.sql} OR EXISTS (SELECT 1 FROM campaign_enrolments AS e WHERE e.campaign_id = ? AND e.contact_id = contacts.id))` +
      ` ORDER BY contacts.id LIMIT ?`,
    [q.workspaceId, q.after, q.campaignId, ...target.params, q.campaignId, q.limit],
  );
}

export async function candidateIds(db: Db, query: ReturnType<typeof candidatePageSql>): Promise<string[]> {
  const rows: unknown[] = await db.all(query);
  return rows.flatMap((row) => (typeof row === "object" && row !== null && "id" in row && typeof row.id === "string" ? [row.id] : []));
}

export async function enrolmentsFor(db: Db, campaignId: number, contactIds: readonly string[]): Promise<CampaignEnrolment[]> {
  if (contactIds.length === 0) return [];
  return db.select().from(campaignEnrolments).where(and(eq(campaignEnrolments.campaignId, campaignId), sql`${campaignEnrolments.contactId} IN ${idList(contactIds)}`)).all();
}

export async function campaignSendsFor(db: Db, campaignId: number, contactIds: readonly string[]) {
  if (contactIds.length === 0) return [];
  return db
    .select({ contactId: deliveries.contactId, messageId: deliveries.campaignMessageId, sentAt: deliveries.sentAt })
    .from(deliveries)
    .where(and(eq(deliveries.campaignId, campaignId), sql`${deliveries.contactId} IN ${idList(contactIds)}`))
    .all();
}

export type StateWrite =
  | { kind: "enrol"; workspaceId: number; campaignId: number; contactId: string; at: number }
  | { kind: "exit"; workspaceId: number; campaignId: number; contactId: string; at: number; reason: ExitReason };

/** Enrolments (first one wins) and exits (first exit wins), in one batch, in decision order. */
export async function writeStates(db: Db, writes: readonly StateWrite[]): Promise<void> {
  const statements = writes.map((w) =>
    w.kind === "enrol"
      ? db.insert(campaignEnrolments).values({ workspaceId: w.workspaceId, campaignId: w.campaignId, contactId: w.contactId, enteredAt: w.at }).onConflictDoNothing()
      : db
          .update(campaignEnrolments)
          .set({ exitedAt: w.at, exitReason: w.reason })
          .where(and(eq(campaignEnrolments.campaignId, w.campaignId), eq(campaignEnrolments.contactId, w.contactId), isNull(campaignEnrolments.exitedAt))),
  );
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
}

export async function enrolmentCounts(db: Db, campaignId: number) {
  const rows = await db.select({ reason: campaignEnrolments.exitReason, n: count() }).from(campaignEnrolments).where(eq(campaignEnrolments.campaignId, campaignId)).groupBy(campaignEnrolments.exitReason).all();
  const of = (reason: ExitReason | null) => rows.find((r) => r.reason === reason)?.n ?? 0;
  return { enrolled: rows.reduce((sum, r) => sum + r.n, 0), active: of(null), goalReached: of("goal_reached"), completed: of("completed"), exited: of("exit_rules") };
}

export async function sentPerMessage(db: Db, campaignId: number): Promise<Map<number, number>> {
  const rows = await db
    .select({ id: deliveries.campaignMessageId, n: count() })
    .from(deliveries)
    .where(and(eq(deliveries.campaignId, campaignId), isNotNull(deliveries.campaignMessageId)))
    .groupBy(deliveries.campaignMessageId)
    .all();
  return new Map(rows.flatMap((r) => (r.id === null ? [] : [[r.id, r.n] as const])));
}

/** Sends and goal completions per UTC day, for the campaign's chart. */
export async function campaignDays(db: Db, campaignId: number) {
  const day = (column: unknown) => sql<number>`(${column} / 86400) * 86400`;
  const [sends, goals] = await Promise.all([
    db.select({ day: day(deliveries.sentAt), n: count() }).from(deliveries).where(eq(deliveries.campaignId, campaignId)).groupBy(day(deliveries.sentAt)).all(),
    db
      .select({ day: day(campaignEnrolments.exitedAt), n: count() })
      .from(campaignEnrolments)
      .where(and(eq(campaignEnrolments.campaignId, campaignId), eq(campaignEnrolments.exitReason, "goal_reached")))
      .groupBy(day(campaignEnrolments.exitedAt))
      .all(),
  ]);
  return { sends, goals };
}

/** Enrolled and goal-reached counts of every campaign of a workspace, for the list. */
export async function campaignListCounts(db: Db, workspaceId: number): Promise<Map<number, { enrolled: number; goalReached: number }>> {
  const rows = await db
    .select({ id: campaignEnrolments.campaignId, enrolled: count(), goal: sql<number>`sum(${campaignEnrolments.exitReason} = 'goal_reached')` })
    .from(campaignEnrolments)
    .where(eq(campaignEnrolments.workspaceId, workspaceId))
    .groupBy(campaignEnrolments.campaignId)
    .all();
  return new Map(rows.map((r) => [r.id, { enrolled: r.enrolled, goalReached: Number(r.goal ?? 0) }]));
}
