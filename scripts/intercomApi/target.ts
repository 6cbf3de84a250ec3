import { z } from "zod";
import { ImportError, explain, type Requester } from "./http.ts";

// The Parley that receives: each page of lines is one `POST /api/import?source=NAME`; the server
// maps the source's ids, so sending a page twice changes nothing.

const result = z.object({
  imported: z.record(z.string(), z.number()),
  error_count: z.number(),
  errors: z.array(z.object({ line: z.number(), type: z.string(), message: z.string() })),
});
export type ImportResult = z.infer<typeof result>;

export async function postLines(target: Requester, source: string, lines: readonly object[]): Promise<ImportResult> {
  if (lines.length === 0) return { imported: {}, error_count: 0, errors: [] };
  const response = await target.send(`/api/import?source=${encodeURIComponent(source)}`, {
    method: "POST",
    headers: { "content-type": "application/x-ndjson" },
    body: `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`,
  });
  if (!response.ok) throw new ImportError(`the target refused the import: ${await explain(response)}`);
  const parsed = result.safeParse(await response.json());
  if (!parsed.success) throw new ImportError("the target answered the import with something other than an import.result: is it a Parley with POST /api/import?");
  return parsed.data;
}
