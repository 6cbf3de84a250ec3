import { useEffect, useRef, useState } from "preact/hooks";
import { bodyProblem } from "../../../shared/protocol.ts";
import type { PartKind } from "../lib/inboxRoom.ts";
import type { PlaceholderValues } from "../../../shared/savedReplies/placeholders.ts";
import type { SavedReplyAction } from "../../../shared/savedReplies/savedReply.ts";
import { useSavedReplyPicker } from "./SavedReplyPicker.tsx";
import type { Upload } from "../../../shared/attachments.ts";
import { AttachmentButton, useAttachments, type StartUpload } from "./AttachmentButton.tsx";

interface Props {
  /** Bumped by the r / n shortcuts: switch to that mode and focus the field. */
  focusRequest: { kind: PartKind; n: number };
  onSend: (body: string, kind: PartKind, files: Upload[]) => void;
  onTyping: () => void;
  /** Offers files (paperclip, paste, drop) when given. */
  upload?: StartUpload;
  /** What saved replies' placeholders are filled with. */
  placeholders?: PlaceholderValues;
  /** A sent saved reply's actions (close, assign, tag), to run once the message is stored. */
  onActions?: (actions: SavedReplyAction[]) => void;
}

const LABELS: Record<PartKind, { field: string; placeholder: string; send: string }> = {
  comment: { field: "Reply", placeholder: "Reply to the contact… (Enter sends, Shift+Enter for a new line, / for saved replies)", send: "Send reply" },
  note: { field: "Note", placeholder: "Write a note only your team sees… (Enter adds it)", send: "Add note" },
};

export function ConversationComposer({ focusRequest, onSend, onTyping, placeholders = {}, onActions, upload }: Props) {
  const files = useAttachments(upload);
  const [kind, setKind] = useState<PartKind>("comment");
  const [drafts, setDrafts] = useState<Record<PartKind, string>>({ comment: "", note: "" });
  const [problem, setProblem] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const lastTyping = useRef(0);
  const picker = useSavedReplyPicker({ text: drafts[kind], field, values: placeholders, onChange: (text) => setDrafts((d) => ({ ...d, [kind]: text })) });

  useEffect(() => {
    if (focusRequest.n === 0) return;
    setKind(focusRequest.kind);
    field.current?.focus();
  }, [focusRequest.n]);

  const submit = () => {
    const body = drafts[kind];
    const issue = bodyProblem(body);
    if ((issue === "empty" && files.uploads.length === 0) || files.busy) return;
    if (issue === "too_large") {
      setProblem("This message is too long (at most 10 KB of text).");
      return;
    }
    setProblem(null);
    onSend(body.trim(), kind, files.uploads);
    files.clear();
    onActions?.(picker.actions);
    picker.clearActions();
    setDrafts((d) => ({ ...d, [kind]: "" }));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (picker.onKeyDown(event)) return;
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
      {...files.dropProps}
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
        {...picker.fieldProps}
        {...files.fieldProps}
      />
      {files.tray}
      {picker.popup}
      {picker.actionsBar}
      {problem && (
        <p class="alert alert-error" role="alert">
          {problem}
        </p>
      )}
      <div class="composer-footer">
        {kind === "note" && <span class="muted small">Only your team sees notes.</span>}
        <AttachmentButton files={files} />
        <button type="submit" class="button button-primary button-small" disabled={(drafts[kind].trim() === "" && files.uploads.length === 0) || files.busy}>
          {label.send}
        </button>
      </div>
    </form>
  );
}
