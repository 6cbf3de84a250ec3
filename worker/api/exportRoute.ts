import type { AuthedHandler } from "../http/context.ts";
import { requireOwner } from "../http/guard.ts";
import type { PortCtx } from "./exportSection.ts";
import { SECTIONS } from "./exportSections.ts";

/** The first line of every export: what format the lines after it follow. */
export const EXPORT_HEADER = { type: "parley_export", version: 1 } as const;

/**
 * GET /export: the workspace as NDJSON, section by section, page by page, written into the
 * response as it is read, so a large workspace never sits in memory (CONTRACT §8).
 */
export const exportRoute: AuthedHandler = async (_request, c) => {
  await requireOwner(c, "exports");
  const x: PortCtx = { db: c.db, env: c.env, workspaceId: c.principal.workspaceId, adminId: c.principal.adminId };
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  const encoder = new TextEncoder();
  const write = async (line: object) => writer.write(encoder.encode(`${JSON.stringify(line)}\n`));
  const pump = (async () => {
    try {
      await write(EXPORT_HEADER);
      for (const section of SECTIONS) await section.exportTo(x, write);
      await writer.close();
    } catch (error) {
      console.error(JSON.stringify({ level: "error", where: "exportRoute", error: String(error) }));
      // A truncated export must not pass for a whole one: the stream ends in an error line, then aborts.
      await write({ type: "error", message: "The export stopped before its end." }).catch(() => undefined);
      await writer.abort(error).catch(() => undefined);
    }
  })();
  c.defer(pump);
  return new Response(readable, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
};
