import { z } from "zod";
import { queryString, type AuthedHandler } from "../http/context.ts";
import { ApiError } from "../http/errors.ts";
import { requireOwner } from "../http/guard.ts";
import { EXPORT_HEADER } from "./exportRoute.ts";
import type { Line, LineError, PortCtx } from "./exportSection.ts";
import { sectionOf } from "./exportSections.ts";
import { importForeignBatch, isForeignType } from "./importForeign.ts";
import { ndjsonLines } from "./importLines.ts";

/** Lines of one type restored together: a batch becomes a few D1 statements of ≤ 100 parameters each. */
const BATCH = 100;
/** One conversation with all its parts is one line. */
const MAX_LINE_BYTES = 32 * 1024 * 1024;
const MAX_ERRORS_LISTED = 100;

const lineShape = z.looseObject({ type: z.string() });
const sourceName = z.string().trim().min(1).max(200);

/**
 * POST /import: an export's NDJSON, read as it streams in (no 64 KB limit), restored keeping ids;
 * each object is an upsert, so importing an export into its own workspace changes nothing.
 * With `?source=NAME` the lines come from another account and every id is mapped (importForeign.ts).
 */
export const importRoute: AuthedHandler = async (request, c) => {
  await requireOwner(c, "imports");
  if (!request.body) throw new ApiError("parameter_invalid", "The request has no body: send an export's NDJSON.");
  const x: PortCtx = { db: c.db, env: c.env, workspaceId: c.principal.workspaceId, adminId: c.principal.adminId };
  const given = queryString(request, "source");
  const named = given === undefined ? null : sourceName.safeParse(given);
  if (named && !named.success) throw new ApiError("parameter_invalid", "source must name the account the lines come from (1 to 200 characters).");
  const source = named?.data ?? null;
  const known = (type: string) => (source !== null ? isForeignType(type) : sectionOf(type) !== undefined);
  const counts: Record<string, number> = {};
  const errors: LineError[] = [];
  let batch: Line[] = [];
  let batchType = "";
  const flush = async () => {
    const section = sectionOf(batchType);
    if (batch.length > 0 && known(batchType)) {
      const failed = source !== null ? await importForeignBatch({ ...x, source }, batchType, batch) : ((await section?.importBatch(x, batch)) ?? []);
      errors.push(...failed);
      counts[batchType] = (counts[batchType] ?? 0) + batch.length - failed.length;
    }
    batch = [];
  };
  try {
    for await (const { n, text } of ndjsonLines(request.body, MAX_LINE_BYTES)) {
      const value = parseLine(text);
      if (!value) {
        errors.push({ line: n, type: "", message: "not a JSON object with a string `type`." });
        continue;
      }
      if (value.type === EXPORT_HEADER.type) {
        if (value.version !== EXPORT_HEADER.version) throw new ApiError("parameter_invalid", `This server reads export version ${EXPORT_HEADER.version}, not ${String(value.version)}.`);
        continue;
      }
      if (!known(value.type)) {
        errors.push({ line: n, type: value.type, message: `unknown type ${value.type}.` });
        continue;
      }
      if (value.type !== batchType || batch.length >= BATCH) {
        await flush();
        batchType = value.type;
      }
      batch.push({ n, value });
    }
    await flush();
  } catch (error) {
    if (error instanceof RangeError) throw new ApiError("request_too_large", error.message);
    throw error;
  }
  return Response.json({ type: "import.result", imported: counts, error_count: errors.length, errors: errors.slice(0, MAX_ERRORS_LISTED) });
};

function parseLine(text: string): z.infer<typeof lineShape> | null {
  try {
    const parsed = lineShape.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
