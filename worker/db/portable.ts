import { getTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "./client.ts";

// Export and import speak to any workspace table through its drizzle definition: rows are read and
// written by column name (snake_case, as the NDJSON lines carry them), never by hand-written SQL per
// table, so a new table is one entry in worker/api/exportSections.ts.

/** D1 binds at most 100 parameters per statement. */
export const MAX_PARAMS = 100;

export type Raw = Record<string, string | number | null>;
export type ColumnKind = "integer" | "real" | "text" | "json" | "boolean";

export interface PortableTable {
  name: string;
  columns: { name: string; kind: ColumnKind; notNull: boolean; hasDefault: boolean }[];
  /** The columns a row is found by: its primary key, read in this order by keyset pages. */
  keys: string[];
}

function kindOf(columnType: string): ColumnKind {
  if (columnType === "SQLiteTextJson") return "json";
  if (columnType === "SQLiteBoolean") return "boolean";
  if (columnType.startsWith("SQLiteInteger") || columnType === "SQLiteTimestamp") return "integer";
  if (columnType === "SQLiteReal") return "real";
  return "text";
}

export function portableTable(table: SQLiteTable, keys?: string[]): PortableTable {
  const config = getTableConfig(table);
  const columns = config.columns.map((c) => ({ name: c.name, kind: kindOf(c.columnType), notNull: c.notNull, hasDefault: c.hasDefault }));
  const primary = config.columns.filter((c) => c.primary).map((c) => c.name);
  const composite = config.primaryKeys[0]?.columns.map((c) => c.name) ?? [];
  return { name: config.name, columns, keys: keys ?? (primary.length > 0 ? primary : composite) };
}

/** One keyset page of a workspace's rows, ordered by the table's keys; `after` is the last row's keys. */
export async function rawPage(db: Db, t: PortableTable, workspaceId: number, after: (string | number)[] | null, limit: number): Promise<Raw[]> {
  const order = t.keys.join(", ");
  let where = "workspace_id = ?";
  const params: (string | number)[] = [workspaceId];
  if (after) {
    // (k1 > a1) OR (k1 = a1 AND k2 > a2) …: lexicographic order over the key columns.
    const ors = t.keys.map((_, i) => `(${[...t.keys.slice(0, i).map((k) => `${k} = ?`), `${t.keys[i]} > ?`].join(" AND ")})`);
    where += ` AND (${ors.join(" OR ")})`;
    t.keys.forEach((_, i) => params.push(...after.slice(0, i + 1)));
  }
  const result = await db.$client.prepare(`SELECT * FROM ${t.name} WHERE ${where} ORDER BY ${order} LIMIT ?`).bind(...params, limit).all<Raw>();
  return result.results;
}

/**
 * Inserts or updates rows by their keys in as few statements as D1's parameter cap allows, all in
 * one batch; a row whose key belongs to another workspace is left alone. Answers the keys written.
 */
export async function rawUpsert(db: Db, t: PortableTable, rows: Raw[], insertOnly = false): Promise<string[]> {
  if (rows.length === 0) return [];
  const names = t.columns.map((c) => c.name).filter((n) => rows[0] && n in rows[0]);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / names.length));
  const updates = names.filter((n) => !t.keys.includes(n)).map((n) => `${n} = excluded.${n}`);
  const onConflict = updates.length > 0 && !insertOnly ? `DO UPDATE SET ${updates.join(", ")} WHERE ${t.name}.workspace_id = excluded.workspace_id` : "DO NOTHING";
  const statements = [];
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const values = chunk.map(() => `(${names.map(() => "?").join(", ")})`).join(", ");
    const sql = `INSERT INTO ${t.name} (${names.join(", ")}) VALUES ${values} ON CONFLICT (${t.keys.join(", ")}) ${onConflict} RETURNING ${t.keys.join(", ")}`;
    statements.push(db.$client.prepare(sql).bind(...chunk.flatMap((row) => names.map((n) => row[n] ?? null))));
  }
  const results = await db.$client.batch<Raw>(statements);
  return results.flatMap((r) => r.results.map((row) => keyOf(t, row)));
}

export const keyOf = (t: PortableTable, row: Raw): string => t.keys.map((k) => String(row[k])).join("\u0000");

/** Keys among `ids` that some other workspace holds: an import must not take them. */
export async function foreignIds(db: Db, table: string, workspaceId: number, ids: (string | number)[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += MAX_PARAMS - 1) {
    const chunk = ids.slice(i, i + MAX_PARAMS - 1);
    const result = await db.$client
      .prepare(`SELECT id FROM ${table} WHERE workspace_id != ? AND id IN (${chunk.map(() => "?").join(", ")})`)
      .bind(workspaceId, ...chunk)
      .all<{ id: string | number }>();
    for (const row of result.results) found.add(String(row.id));
  }
  return found;
}

/** Deletes the rows of one workspace matching `column IN (values)`: an import replaces a conversation's tags. */
export async function rawDeleteWhereIn(db: Db, table: string, workspaceId: number, column: string, values: (string | number)[]): Promise<void> {
  for (let i = 0; i < values.length; i += MAX_PARAMS - 1) {
    const chunk = values.slice(i, i + MAX_PARAMS - 1);
    await db.$client.prepare(`DELETE FROM ${table} WHERE workspace_id = ? AND ${column} IN (${chunk.map(() => "?").join(", ")})`).bind(workspaceId, ...chunk).run();
  }
}

/** Rows of one workspace matching `column IN (values)`, for the lines that nest them (tags in a contact). */
export async function rawWhereIn(db: Db, table: string, workspaceId: number, column: string, values: (string | number)[], order: string): Promise<Raw[]> {
  const rows: Raw[] = [];
  for (let i = 0; i < values.length; i += MAX_PARAMS - 1) {
    const chunk = values.slice(i, i + MAX_PARAMS - 1);
    const result = await db.$client
      .prepare(`SELECT * FROM ${table} WHERE workspace_id = ? AND ${column} IN (${chunk.map(() => "?").join(", ")}) ORDER BY ${order}`)
      .bind(workspaceId, ...chunk)
      .all<Raw>();
    rows.push(...result.results);
  }
  return rows;
}
