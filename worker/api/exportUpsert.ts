import type { Db } from "../db/client.ts";
import { keyOf, rawUpsert, type PortableTable, type Raw } from "../db/portable.ts";
import { lineError, type Line, type LineError } from "./exportSection.ts";

/**
 * Upserts a batch in one go; when the batch fails (a unique constraint, a bad value), row by row,
 * so that the one bad line is named and the others still land.
 */
export async function upsertExplained(db: Db, t: PortableTable, type: string, items: { line: Line; row: Raw }[]): Promise<LineError[]> {
  if (items.length === 0) return [];
  try {
    const written = new Set(await rawUpsert(db, t, items.map((i) => i.row)));
    return items.filter((i) => !written.has(keyOf(t, i.row))).map((i) => lineError(i.line, type, "its key belongs to another workspace."));
  } catch (error) {
    if (items.length === 1 && items[0]) return [lineError(items[0].line, type, messageOf(error))];
    const errors: LineError[] = [];
    for (const item of items) errors.push(...(await upsertExplained(db, t, type, [item])));
    return errors;
  }
}

function messageOf(error: unknown): string {
  let message = error instanceof Error ? error.message : String(error);
  for (let e: unknown = error; e instanceof Error; e = e.cause) message = e.message;
  return message.replace(/^D1_ERROR: /, "");
}
