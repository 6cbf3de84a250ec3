// Rules name tags by name (CONTRACT §7), so a renamed tag is renamed in every stored rule too, in
// the same batch as the tag itself: a failed rename (the name is taken) changes no rule either.
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import { renameTagInRule } from "../../shared/rules/renameTag.ts";
import type { Db } from "./client.ts";
import { segments } from "./companySchema.ts";
import { storedRule } from "./ruleContact.ts";
import { autoMessages, campaignMessages, campaigns, manualMessages, routingRules } from "./schema.ts";
import { tags } from "./tagSchema.ts";

/** The stored JSON with the tag renamed, or null when it names no such tag (or is not what it should be). */
type Rewrite = (stored: unknown, from: string, to: string) => unknown;

const rule: Rewrite = (stored, from, to) => {
  const parsed = storedRule(stored);
  const renamed = parsed && renameTagInRule(parsed, from, to);
  return renamed === parsed ? null : renamed;
};

/** A JSON object holding a rule under `key` beside other settings, kept as they are. */
const ruleUnder =
  (key: string): Rewrite =>
  (stored, from, to) => {
    const holder = z.looseObject({ [key]: z.unknown() }).safeParse(stored);
    const renamed = holder.success ? rule(holder.data[key], from, to) : null;
    return holder.success && renamed !== null ? { ...holder.data, [key]: renamed } : null;
  };

/** One row's rewrite, applied only where `guard` holds. */
type Update = (db: Db, id: number, value: unknown, guard: SQL) => BatchItem<"sqlite">;

interface RuleColumn {
  table: SQLiteTable;
  column: SQLiteColumn;
  rewrite: Rewrite;
  update: Update;
}

// Every column holding a rule of the rule language, in tables with an `id` and a `workspace_id`.
// (Drizzle's D1 batch cannot bind raw SQL statements, hence one typed update per column.)
const RULE_COLUMNS: readonly RuleColumn[] = [
  { table: autoMessages, column: autoMessages.rules, rewrite: rule, update: (db, id, rules, guard) => db.update(autoMessages).set({ rules }).where(and(eq(autoMessages.id, id), guard)) },
  // A manual message to rules may still be walking its audience in scheduled runs.
  {
    table: manualMessages,
    column: manualMessages.audience,
    rewrite: ruleUnder("rules"),
    update: (db, id, audience, guard) => db.update(manualMessages).set({ audience }).where(and(eq(manualMessages.id, id), guard)),
  },
  { table: campaigns, column: campaigns.target, rewrite: rule, update: (db, id, target, guard) => db.update(campaigns).set({ target }).where(and(eq(campaigns.id, id), guard)) },
  { table: campaigns, column: campaigns.goal, rewrite: rule, update: (db, id, goal, guard) => db.update(campaigns).set({ goal }).where(and(eq(campaigns.id, id), guard)) },
  { table: campaigns, column: campaigns.exitRules, rewrite: rule, update: (db, id, exitRules, guard) => db.update(campaigns).set({ exitRules }).where(and(eq(campaigns.id, id), guard)) },
  {
    table: campaignMessages,
    column: campaignMessages.rules,
    rewrite: rule,
    update: (db, id, rules, guard) => db.update(campaignMessages).set({ rules }).where(and(eq(campaignMessages.id, id), guard)),
  },
  {
    table: routingRules,
    column: routingRules.conditions,
    rewrite: ruleUnder("contact_rules"),
    update: (db, id, conditions, guard) => db.update(routingRules).set({ conditions }).where(and(eq(routingRules.id, id), guard)),
  },
  { table: segments, column: segments.rules, rewrite: rule, update: (db, id, rules, guard) => db.update(segments).set({ rules }).where(and(eq(segments.id, id), guard)) },
];

const storedRow = z.object({ id: z.number(), stored: z.string() });

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * The updates that make every rule of the workspace naming tag `from` name `to`, to run in one
 * batch after the tag's own rename. Each applies only if its row still holds the text read here
 * (an edit made meanwhile is not overwritten) and only if the tag now has the new name.
 */
export async function tagRenameRuleUpdates(db: Db, workspaceId: number, tagId: number, from: string, to: string): Promise<BatchItem<"sqlite">[]> {
  const renamedTag = sql`EXISTS (SELECT 1 FROM ${tags} WHERE ${tags.workspaceId} = ${workspaceId} AND ${tags.id} = ${tagId} AND ${tags.name} = ${to})`;
  const perColumn = await Promise.all(
    RULE_COLUMNS.map(async ({ table, column, rewrite, update }) => {
      const name = sql.identifier(column.name);
      const rows: unknown[] = await db.all(sql`SELECT id, ${name} AS stored FROM ${table} WHERE workspace_id = ${workspaceId} AND ${name} IS NOT NULL`);
      return rows.flatMap((row) => {
        const read = storedRow.safeParse(row);
        const renamed = read.success ? rewrite(parsedJson(read.data.stored), from, to) : null;
        if (!read.success || renamed === null) return [];
        const unchanged = sql`${sql.identifier("workspace_id")} = ${workspaceId} AND ${name} = ${read.data.stored}`;
        return [update(db, read.data.id, renamed, and(unchanged, renamedTag) ?? unchanged)];
      });
    }),
  );
  return perColumn.flat();
}
