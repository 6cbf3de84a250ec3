import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { foreignIds, portableTable, rawPage, type PortableTable, type Raw } from "../db/portable.ts";
import { upsertExplained } from "./exportUpsert.ts";
import { lineError, PAGE, type Line, type LineError, type Section } from "./exportSection.ts";

// A Parley-only table exported as it is stored: one line per row, its columns by their SQL names,
// JSON columns as JSON and flags as booleans; `workspace_id` is the importing workspace's.

export function rowToLine(type: string, t: PortableTable, row: Raw): Record<string, unknown> {
  const line: Record<string, unknown> = { type };
  for (const c of t.columns) {
    if (c.name === "workspace_id") continue;
    const v = row[c.name] ?? null;
    line[c.name] = c.kind === "json" && typeof v === "string" ? JSON.parse(v) : c.kind === "boolean" && v !== null ? v === 1 : v;
  }
  return line;
}

/** The row a line stands for, or a message saying which column is wrong. */
export function lineToRow(t: PortableTable, line: Record<string, unknown>, workspaceId: number): Raw | string {
  const row: Raw = {};
  for (const c of t.columns) {
    if (c.name === "workspace_id") {
      row[c.name] = workspaceId;
      continue;
    }
    const v = line[c.name] ?? null;
    if (v === null) {
      if (c.notNull && !c.hasDefault) return `${c.name} is required.`;
      if (c.notNull) continue;
      row[c.name] = null;
    } else if (c.kind === "json") row[c.name] = JSON.stringify(v);
    else if (c.kind === "boolean") {
      if (typeof v !== "boolean") return `${c.name} must be true or false.`;
      row[c.name] = v ? 1 : 0;
    } else if (c.kind === "integer") {
      if (typeof v !== "number" || !Number.isSafeInteger(v)) return `${c.name} must be an integer.`;
      row[c.name] = v;
    } else if (c.kind === "real") {
      if (typeof v !== "number" || !Number.isFinite(v)) return `${c.name} must be a number.`;
      row[c.name] = v;
    } else {
      if (typeof v !== "string") return `${c.name} must be a string.`;
      row[c.name] = v;
    }
  }
  return row;
}

export function tableSection(type: string, table: SQLiteTable, keys?: string[]): Section {
  const t = portableTable(table, keys);
  return {
    type,
    async exportTo(x, write) {
      let after: (string | number)[] | null = null;
      for (;;) {
        const rows = await rawPage(x.db, t, x.workspaceId, after, PAGE);
        for (const row of rows) await write(rowToLine(type, t, row));
        const last = rows[rows.length - 1];
        if (!last || rows.length < PAGE) return;
        after = t.keys.map((k) => last[k] ?? 0);
      }
    },
    async importBatch(x, lines) {
      const errors: LineError[] = [];
      const good: { line: Line; row: Raw }[] = [];
      for (const line of lines) {
        const row = lineToRow(t, line.value, x.workspaceId);
        if (typeof row === "string") errors.push(lineError(line, type, row));
        else good.push({ line, row });
      }
      const single = t.keys.length === 1 && t.keys[0] === "id";
      const foreign = single ? await foreignIds(x.db, t.name, x.workspaceId, good.map((g) => g.row.id ?? 0)) : new Set<string>();
      const mine = good.filter((g) => !foreign.has(String(g.row.id)));
      for (const g of good) if (foreign.has(String(g.row.id))) errors.push(lineError(g.line, type, `id ${g.row.id} belongs to another workspace.`));
      errors.push(...(await upsertExplained(x.db, t, type, mine)));
      return errors;
    },
  };
}
