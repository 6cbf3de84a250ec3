import { useEffect, useId, useRef, useState } from "preact/hooks";
import { messageOf } from "../lib/api.ts";
import { ROW } from "../lib/engageStyles.ts";
import { checkDraft, type DraftGroup } from "../lib/rules.ts";
import { saveSegment } from "../lib/segments.ts";

const SAVE_ROW = { ...ROW, marginTop: "0.5rem" } as const;

type State = { kind: "closed" } | { kind: "naming"; name: string; error: string | null; saving: boolean } | { kind: "saved"; name: string };

/**
 * "Save as segment" under a rule builder: the rules as they stand, under a name, through
 * POST /api/segments. Not a <form>: the builder often sits inside one (auto messages, campaigns).
 */
export function RuleBuilderSave({ value }: { value: DraftGroup }) {
  const id = useId();
  const [state, setState] = useState<State>({ kind: "closed" });
  const nameInput = useRef<HTMLInputElement>(null);
  const checked = checkDraft(value);
  useEffect(() => {
    if (state.kind === "naming") nameInput.current?.focus();
  }, [state.kind]);

  const save = async () => {
    if (state.kind !== "naming" || state.saving) return;
    const name = state.name.trim();
    if (!name) return setState({ ...state, error: "Give the segment a name." });
    if (!checked.ok) return setState({ ...state, error: "Complete every condition first." });
    setState({ ...state, saving: true, error: null });
    try {
      await saveSegment(name, checked.rule);
      setState({ kind: "saved", name });
    } catch (err) {
      setState({ ...state, saving: false, error: messageOf(err) });
    }
  };

  if (state.kind !== "naming") {
    return (
      <div class="rule-save" style={SAVE_ROW}>
        <button type="button" class="button button-quiet button-small" onClick={() => setState({ kind: "naming", name: "", error: null, saving: false })}>
          Save as segment
        </button>
        {state.kind === "saved" && (
          <span role="status" class="muted small">
            Saved segment “{state.name}”.
          </span>
        )}
      </div>
    );
  }
  return (
    <div class="rule-save" role="group" aria-label="Save as segment" style={SAVE_ROW}>
      <label for={`${id}-name`}>
        Segment name
      </label>
      <input
        id={`${id}-name`}
        type="text"
        maxLength={255}
        value={state.name}
        aria-invalid={state.error ? true : undefined}
        aria-describedby={state.error ? `${id}-error` : undefined}
        onInput={(e) => setState({ ...state, name: e.currentTarget.value })}
        onKeyDown={(e) => {
          // Enter saves the segment rather than submitting an enclosing form.
          if (e.key === "Enter") {
            e.preventDefault();
            void save();
          }
          if (e.key === "Escape") setState({ kind: "closed" });
        }}
        ref={nameInput}
      />
      <button type="button" class="button button-small" disabled={state.saving} onClick={() => void save()}>
        {state.saving ? "Saving…" : "Save segment"}
      </button>
      <button type="button" class="button button-quiet button-small" onClick={() => setState({ kind: "closed" })}>
        Cancel
      </button>
      {state.error && (
        <p id={`${id}-error`} role="alert" class="small">
          {state.error}
        </p>
      )}
    </div>
  );
}
