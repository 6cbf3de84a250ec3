// The REST side of the end-of-run check. A conversation read by id shows only its 500 latest parts
// (as Intercom), so every part is checked in the workspace export (`GET /api/export`, NDJSON), and
// each conversation read by id must show exactly the export's tail with its total count.
import { call } from "./http.mjs";

/** Part bodies (HTML) in seq order of each conversation in `wanted`, from one export stream. */
export async function exportedBodies(base, token, wanted) {
  const res = await fetch(`${base}/api/export`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(600_000) });
  if (res.status !== 200 || !res.body) throw new Error(`GET /api/export answered ${res.status}`);
  const bodies = new Map();
  let rest = "";
  const take = (line) => {
    if (!line.startsWith('{"type":"conversation"')) return;
    const item = JSON.parse(line);
    if (wanted.has(item.id)) bodies.set(item.id, item.conversation_parts.conversation_parts.map((p) => p.body));
  };
  for await (const chunk of res.body.pipeThrough(new TextDecoderStream())) {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop();
    lines.forEach(take);
  }
  take(rest);
  return bodies;
}

/**
 * Reads the conversation by id and compares it with its exported log: the source first, then the
 * latest parts (up to `shown`) in the same order, and `total_count` counting every part after the source.
 */
export async function recentViewMatches(stats, base, token, conversationId, exported, shown = 500) {
  const res = await call(stats, base, `/api/conversations/${conversationId}`, { token });
  if (res.status !== 200 || !exported) return { read: false, matches: false };
  const list = res.json.conversation_parts;
  const tail = exported.slice(1).slice(-shown);
  const same = list.total_count === exported.length - 1 && list.conversation_parts.length === tail.length && list.conversation_parts.every((p, i) => p.body === tail[i]) && res.json.source.body === exported[0];
  return { read: true, matches: same };
}
