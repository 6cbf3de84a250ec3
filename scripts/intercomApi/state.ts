import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { z } from "zod";

// What an interrupted `import:intercom --from` run had finished, so the next one resumes there: the
// resources done, and where each list resumes. The server's id map keeps a repeated page from
// duplicating anything, so the file only saves work; losing it costs time, never correctness.

export const RESOURCES = ["tags", "companies", "contacts", "conversations", "articles"] as const;
export type Resource = (typeof RESOURCES)[number];

const position = z.object({ starting_after: z.string().optional(), page: z.number().int().optional() });
const stateShape = z.object({
  version: z.literal(1),
  from: z.string(),
  source: z.string(),
  done: z.array(z.enum(RESOURCES)),
  at: z.partialRecord(z.enum(RESOURCES), position),
  counts: z.record(z.string(), z.number()),
  /** The source has no companies (404): contact–company links are not asked for either. */
  noCompanies: z.boolean().default(false),
});
export type ImportState = z.infer<typeof stateShape>;

export const freshState = (from: string, source: string): ImportState => ({ version: 1, from, source, done: [], at: {}, counts: {}, noCompanies: false });

/** The saved state of a run from the same source, else a fresh one and why the file was not used. */
export function loadState(file: string, from: string, source: string): { state: ImportState; note: string | null } {
  if (!existsSync(file)) return { state: freshState(from, source), note: null };
  let parsed: ReturnType<typeof stateShape.safeParse>;
  try {
    parsed = stateShape.safeParse(JSON.parse(readFileSync(file, "utf8")));
  } catch {
    return { state: freshState(from, source), note: `${file} is not JSON; starting over.` };
  }
  if (!parsed.success) return { state: freshState(from, source), note: `${file} is not a state file of this version; starting over.` };
  if (parsed.data.from !== from || parsed.data.source !== source) return { state: freshState(from, source), note: `${file} belongs to an import from ${parsed.data.from}; starting over.` };
  const done = parsed.data.done.length > 0 ? parsed.data.done.map((r) => `${r} done`).join(", ") : "nothing done yet";
  return { state: parsed.data, note: `resuming the run saved in ${file} (${done}).` };
}

/** Written beside and renamed, so an interruption mid-write leaves the previous state whole. */
export function saveState(file: string, state: ImportState): void {
  writeFileSync(`${file}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}

export const clearState = (file: string): void => rmSync(file, { force: true });
