// The end-of-run checks, as pure functions over what was sent and what each view holds.
import { parseBody } from "./bodies.mjs";

/**
 * Compares messages sent (keys "sender#n", in each sender's send order) with a view's part bodies
 * in seq order: each sent message must appear exactly once, and each sender's in the order sent.
 */
export function checkView(sentKeys, bodiesInSeqOrder) {
  const counts = new Map(sentKeys.map((k) => [k, 0]));
  const lastN = new Map();
  let outOfOrder = 0;
  for (const body of bodiesInSeqOrder) {
    const parsed = parseBody(body);
    if (!parsed || !counts.has(parsed.key)) continue;
    counts.set(parsed.key, counts.get(parsed.key) + 1);
    if (counts.get(parsed.key) === 1) {
      if ((lastN.get(parsed.sender) ?? -1) > parsed.n) outOfOrder++;
      lastN.set(parsed.sender, parsed.n);
    }
  }
  const values = [...counts.values()];
  return { lost: values.filter((c) => c === 0).length, duplicated: values.filter((c) => c > 1).length, outOfOrder };
}

/** Deliveries must be unique per (contact, auto message) and per (contact, campaign message). */
export function duplicateDeliveries(rows) {
  const seen = new Set();
  let duplicated = 0;
  for (const d of rows) {
    const key = `${d.contact_id}|${d.auto_message_id}|${d.campaign_id}|${d.campaign_message_index}|${d.manual_message_id}`;
    if (seen.has(key)) duplicated++;
    seen.add(key);
  }
  return duplicated;
}

/** Contacts of `expected` without a delivery among `rows` matching `which`. */
export function missingDeliveries(rows, expected, which) {
  const have = new Set(rows.filter(which).map((d) => String(d.contact_id)));
  return expected.filter((id) => !have.has(String(id))).length;
}

/**
 * Growth of a memory figure (`key`, workerd's RSS by default) over the last `share` of the run: the
 * median of the window's last three samples against the median of its first three (a single
 * sample is noise on a shared machine).
 */
export function memoryGrowth(samples, share = 2 / 3, key = "rssMb") {
  if (samples.length < 2) return 0;
  const end = samples[samples.length - 1].t;
  const window = samples.filter((s) => s.t >= end * (1 - share));
  const median = (list) => list.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const first = median(window.slice(0, 3));
  return first > 0 ? (median(window.slice(-3)) - first) / first : 0;
}
