import { useEffect, useRef, useState } from "preact/hooks";
import { bodyProblem } from "../../../shared/protocol.ts";
import type { PartKind } from "../lib/inboxRoom.ts";

interface Props {
  /** Bumped by the r / n shortcuts: switch to that mode and focus the field. */
  focusRequest: { kind: PartKind; n: number };
  onSend: (body: string, kind: PartKind) => void;
  onTyping: () => void;
}

const LABELS: Record<PartKind, { field: string; placeholder: string; send: string }> = {
  comment: { field: "Reply", placeholder: "Reply to the contact… (Enter sends, Shift+Enter for a new line)", send: "Send reply" },
  note: { field: "Note", placeholder: "Write a note only your team sees… (Enter adds it)", send: "Add note" },
};

export function ConversationComposer({ focusRequest, onSend, onTyping }: Props) {
  const [kind, setKind] = useState<PartKind>("comment");
  const [drafts, setDrafts] = useState<Record<PartKind, string>>({ comment: "", note: "" });
  const [problem, setProblem] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const lastTyping = useRef(0);

  useEffect(() => {
    if (focusRequest.n === 0) return;
    setKind(focusRequest.kind);
    field.current?.focus();
  }, [focusRequest.n]);

  const submit = () => {
    const body = drafts[kind];
    const issue = bodyProblem(body);
    if (issue === "empty") return;
    if (issue === "too_large") {
      setProblem("This message is too long (at most 10 KB of text).");
      return;
    }
    setProblem(null);
    onSend(body.trim(), kind);
    setDrafts((d) => ({ ...d, [kind]: "" }));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  const onInput = (value: string) => {
    setDrafts((d) => ({ ...d, [kind]: value }));
    // Notes are private: the contact must not see "typing…" for them.
    if (kind === "comment" && Date.now() - lastTyping.current > 2000) {
      lastTyping.current = Date.now();
      onTyping();
    }
  };

  const label = LABELS[kind];
  return (
    <form
      class={`composer composer-${kind}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div class="composer-modes" role="group" aria-label="Composer mode">
        {(["comment", "note"] as const).map((mode) => (
          <button
            key={mode}
            type="button"
            class="composer-mode"
            aria-pressed={kind === mode}
            onClick={() => {
              setKind(mode);
              field.current?.focus();
            }}
          >
            {LABELS[mode].field}
          </button>
        ))}
      </div>
      <label class="sr-only" for="composer-field">
        {label.field}
      </label>
      <textarea
        id="composer-field"
        ref={field}
        rows={3}
        placeholder={label.placeholder}
        value={drafts[kind]}
        onKeyDown={onKeyDown}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {problem && (
        <p class="alert alert-error" role="alert">
          {problem}
        </p>
      )}
      <div class="composer-footer">
        {kind === "note" && <span class="muted small">Only your team sees notes.</span>}
        <button type="submit" class="button button-primary button-small" disabled={drafts[kind].trim() === ""}>
          {label.send}
        </button>
      </div>
    </form>
  );
}
