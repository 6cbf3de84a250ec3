import { z } from "zod";
import type { IdScope } from "../db/portableIds.ts";
import { lineError, type Line, type LineError, type PortCtx } from "./exportSection.ts";

// What every foreign type's translation shares (worker/api/importForeign.ts).

export interface ForeignCtx extends PortCtx {
  /** Names the account the lines come from: ids are mapped per source. */
  source: string;
}

/** Native lines (local ids, the export's format) for the export's own sections, and the refused lines. */
export interface Translated {
  lines: Line[];
  errors: LineError[];
}

export type Translate = (x: ForeignCtx, lines: Line[]) => Promise<Translated>;

export const scopeOf = (x: ForeignCtx, type: string): IdScope => ({ workspaceId: x.workspaceId, source: x.source, type });

/** Intercom's ids are strings, some other products' numbers: both become strings. */
export const sourceId = z.union([z.string().min(1).max(200), z.number()]).transform(String);

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

export function parseAll<S extends z.ZodType>(type: string, schema: S, lines: Line[]): { valid: { line: Line; v: z.infer<S> }[]; errors: LineError[] } {
  const valid: { line: Line; v: z.infer<S> }[] = [];
  const errors: LineError[] = [];
  for (const line of lines) {
    const parsed = schema.safeParse(line.value);
    if (parsed.success) valid.push({ line, v: parsed.data });
    else errors.push(lineError(line, type, z.prettifyError(parsed.error).replaceAll("\n", " ")));
  }
  return { valid, errors };
}

/** Custom attributes as Parley stores them: flat values only; a nested one is dropped. */
export function flatAttributes(value: Record<string, unknown> | undefined): Record<string, string | number | boolean | null> {
  const flat: Record<string, string | number | boolean | null> = {};
  for (const [k, v] of Object.entries(value ?? {})) {
    if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") flat[k] = v;
  }
  return flat;
}

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).replace(/^D1_ERROR: /, "");
