import type { Db } from "./client.ts";
import { MAX_PARAMS, type PortableTable, type Raw } from "./portable.ts";

// The id map of foreign imports (migration 0023): which local object each source id became. Every
// write goes through the map inside D1, so a rerun, an interrupted run or two clients at once all
// give one source object one local object.

export interface IdScope {
  workspaceId: number;
  source: string;
  type: string;
}

const WHERE = "workspace_id = ? AND source = ? AND type = ?";
const bindScope = (s: IdScope) => [s.workspaceId, s.source, s.type];

/** The local ids these source ids already have. */
export async function mappedIds(db: Db, scope: IdScope, sourceIds: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const unique = [...new Set(sourceIds)];
  for (let i = 0; i < unique.length; i += MAX_PARAMS - 3) {
    const chunk = unique.slice(i, i + MAX_PARAMS - 3);
    const result = await db.$client
      .prepare(`SELECT source_id, local_id FROM import_ids WHERE ${WHERE} AND source_id IN (${chunk.map(() => "?").join(", ")})`)
      .bind(...bindScope(scope), ...chunk)
      .all<{ source_id: string; local_id: string }>();
    for (const row of result.results) found.set(row.source_id, row.local_id);
  }
  return found;
}

/**
 * Records pairs; a source id mapped already keeps its local id (`replace` re-points it: admins are
 * matched anew on every run). Answers the map as stored.
 */
export async function claimIds(db: Db, scope: IdScope, pairs: readonly { sourceId: string; localId: string }[], replace = false): Promise<Map<string, string>> {
  if (pairs.length === 0) return new Map();
  const perStatement = Math.floor(MAX_PARAMS / 5);
  const statements = [];
  for (let i = 0; i < pairs.length; i += perStatement) {
    const chunk = pairs.slice(i, i + perStatement);
    const conflict = replace ? "DO UPDATE SET local_id = excluded.local_id" : "DO NOTHING";
    statements.push(
      db.$client
        .prepare(`INSERT INTO import_ids (workspace_id, source, type, source_id, local_id) VALUES ${chunk.map(() => "(?, ?, ?, ?, ?)").join(", ")} ON CONFLICT (workspace_id, source, type, source_id) ${conflict}`)
        .bind(...chunk.flatMap((p) => [...bindScope(scope), p.sourceId, p.localId])),
    );
  }
  await db.$client.batch(statements);
  return mappedIds(db, scope, pairs.map((p) => p.sourceId));
}

/**
 * Inserts a row into an AUTOINCREMENT table and maps `sourceId` to its new id, in one transaction,
 * unless `sourceId` is mapped already; answers the local id either way.
 */
export async function insertMapped(db: Db, scope: IdScope, t: PortableTable, sourceId: string, row: Raw): Promise<string> {
  const names = Object.keys(row);
  const unmapped = `NOT EXISTS (SELECT 1 FROM import_ids WHERE ${WHERE} AND source_id = ?)`;
  await db.$client.batch([
    db.$client
      .prepare(`INSERT INTO ${t.name} (${names.join(", ")}) SELECT ${names.map(() => "?").join(", ")} WHERE ${unmapped}`)
      .bind(...names.map((n) => row[n] ?? null), ...bindScope(scope), sourceId),
    // changes() is the insert just above: only a row made now is mapped.
    db.$client
      .prepare("INSERT INTO import_ids (workspace_id, source, type, source_id, local_id) SELECT ?, ?, ?, ?, last_insert_rowid() WHERE changes() > 0")
      .bind(...bindScope(scope), sourceId),
  ]);
  const local = (await mappedIds(db, scope, [sourceId])).get(sourceId);
  if (local === undefined) throw new Error(`import_ids: ${scope.type} ${sourceId} was neither inserted nor mapped`);
  return local;
}
