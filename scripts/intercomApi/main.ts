import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { serverOf } from "../portability/localServer.mjs";
import { ImportError, requester } from "./http.ts";
import { progress } from "./progress.ts";
import { runImport, Stopped } from "./run.ts";
import { loadState } from "./state.ts";

// `npm run import:intercom -- --from URL --token T`: everything an Intercom-compatible REST API
// gives (docs/portability.md) into the local Parley, resumable; exit 0 done, 1 failed or lines
// refused, 2 usage, 3 stopped by --stop-after.

const USAGE =
  "usage: npm run import:intercom -- --from https://api.intercom.io --token T [--to http://127.0.0.1:8787] [--to-token T] [--root DIR] [--state FILE] [--source NAME] [--per-page N] [--force]";

const meShape = z.looseObject({ app: z.looseObject({ id_code: z.string() }).nullish() });

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      from: { type: "string" }, token: { type: "string" }, to: { type: "string" }, "to-token": { type: "string" }, root: { type: "string" },
      state: { type: "string" }, source: { type: "string" }, "per-page": { type: "string" }, "stop-after": { type: "string" }, force: { type: "boolean" },
    },
  });
  const out = progress();
  const token = values.token ?? process.env.INTERCOM_TOKEN;
  const perPage = Number(values["per-page"] ?? 50);
  const stopAfter = values["stop-after"] === undefined ? null : Number(values["stop-after"]);
  if (!values.from || !token || !Number.isInteger(perPage) || perPage < 1 || (stopAfter !== null && !(stopAfter >= 1))) {
    out.say(values.from && !token ? "import:intercom: no source token: pass --token (or set INTERCOM_TOKEN)." : USAGE);
    return 2;
  }
  const from = values.from.replace(/\/+$/, "");
  const local = serverOf({ url: values.to, token: values["to-token"] });
  if (!local.token) {
    out.say("import:intercom: no token for the target: pass --to-token or set PARLEY_API_TOKEN (the owner's token).");
    return 2;
  }
  const root = resolve(values.root ?? ".");
  const stateFile = resolve(values.state ?? join(root, ".intercom-import-state.json"));
  const onWait = (text: string) => out.say(`  ${text}`);
  const source = requester({ base: from, token, role: "source", onWait });
  const target = requester({ base: local.url, token: local.token, role: "target", onWait });
  try {
    await target.get("/api/me");
    const me = meShape.safeParse(await source.get("/me"));
    const url = new URL(from);
    const sourceName = values.source ?? `${url.host}${url.pathname}${me.success && me.data.app ? `#${me.data.app.id_code}` : ""}`;
    const { state, note } = loadState(stateFile, from, sourceName);
    if (note) out.say(`import:intercom: ${note}`);
    out.say(`import:intercom: ${from} (${sourceName}) into ${local.url}`);
    const { refused } = await runImport({ source, target, sourceName, state, stateFile, root, perPage, force: values.force ?? false, stopAfter, progress: out });
    const counts = Object.entries(state.counts).map(([k, n]) => `${n} ${k}`).join(", ");
    out.say(`import:intercom: finished: ${counts || "nothing to import"}${refused > 0 ? `; ${refused} objects refused (listed above)` : ""}.`);
    return refused > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof Stopped) {
      out.say(`import:intercom: ${error.message}`);
      return 3;
    }
    if (error instanceof ImportError) {
      out.say(`import:intercom: ${error.message}\nWhat was finished is saved in ${stateFile}: run the same command again to resume.`);
      return 1;
    }
    throw error;
  }
}
