import { parseRule, type Rule } from "../../../shared/rules/index.ts";
import { request } from "./api.ts";
import { fields, type Fields } from "./decode.ts";

// Saved segments (CONTRACT §8) through the same REST endpoints an API client uses.
export interface SegmentRef {
  id: string;
  name: string;
  /** Null when the stored rule no longer parses here; such a segment cannot fill the builder. */
  rule: Rule | null;
}

/** Dispatched on window after this tab saves a segment, so every segment picker reads them again. */
export const SEGMENTS_CHANGED = "parley:segments-changed";

function segmentOf(f: Fields): SegmentRef {
  const parsed = parseRule(f.raw("rules"), "rules");
  return { id: f.id("id"), name: f.str("name"), rule: parsed.ok ? parsed.rule : null };
}

export function fetchSegments(signal: AbortSignal): Promise<SegmentRef[]> {
  return request("GET", "/api/segments", (payload) => fields(payload).list("segments", segmentOf), { signal });
}

export async function saveSegment(name: string, rule: Rule): Promise<SegmentRef> {
  const saved = await request("POST", "/api/segments", (payload) => segmentOf(fields(payload)), { body: { name, rules: rule } });
  window.dispatchEvent(new Event(SEGMENTS_CHANGED));
  return saved;
}
