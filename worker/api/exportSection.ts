import type { Db } from "../db/client.ts";
import type { Env } from "../env.ts";

// One kind of object in an export: how its lines are written, page by page, and restored, batch by
// batch. Adding a type to export and import is adding one Section to sections.ts.

export interface Line {
  /** 1-based line number in the stream, for error messages. */
  n: number;
  value: Record<string, unknown>;
}

export interface LineError {
  line: number;
  type: string;
  message: string;
}

export interface PortCtx {
  db: Db;
  env: Env;
  workspaceId: number;
  /** The admin whose token runs the import: authors that name nobody of this workspace become them. */
  adminId: number;
}

export interface Section {
  type: string;
  /** Writes every object of this type in the workspace, in key order, without holding them all. */
  exportTo(x: PortCtx, write: (line: object) => Promise<void>): Promise<void>;
  /** Restores one batch of this type's lines (keeping ids); answers the lines it could not take. */
  importBatch(x: PortCtx, lines: Line[]): Promise<LineError[]>;
}

export const PAGE = 200;

export const lineError = (line: Line, type: string, message: string): LineError => ({ line: line.n, type, message });
