import { useEffect, useId } from "preact/hooks";
import { ROW } from "../lib/engageStyles.ts";
import { ruleToDraft, type DraftGroup } from "../lib/rules.ts";
import { fetchSegments, SEGMENTS_CHANGED } from "../lib/segments.ts";
import { useResource } from "../lib/useResource.ts";

/** Fills the contacts filter with a saved segment's rules; the builder then edits a copy. */
export function SegmentPicker({ onPick }: { onPick: (draft: DraftGroup) => void }) {
  const id = useId();
  const [segments, reload] = useResource((signal) => fetchSegments(signal), []);
  useEffect(() => {
    window.addEventListener(SEGMENTS_CHANGED, reload);
    return () => window.removeEventListener(SEGMENTS_CHANGED, reload);
  }, [reload]);
  const usable = segments.status === "ready" ? segments.data.filter((s) => s.rule !== null) : [];
  if (usable.length === 0) return null;
  return (
    <div class="segment-picker" style={ROW}>
      <label for={`${id}-segment`}>Segment</label>
      <select
        id={`${id}-segment`}
        value=""
        onChange={(e) => {
          const rule = usable.find((s) => s.id === e.currentTarget.value)?.rule;
          if (rule) onPick(ruleToDraft(rule));
        }}
      >
        <option value="">Start from a segment…</option>
        {usable.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}
