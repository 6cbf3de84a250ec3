import type { ComponentChildren } from "preact";
import { useEffect, useId, useState } from "preact/hooks";
import { fillPlaceholders, type PlaceholderValues } from "../../../shared/savedReplies/placeholders.ts";
import type { SavedReply, SavedReplyAction } from "../../../shared/savedReplies/savedReply.ts";
import { useDirectory } from "../lib/inboxDirectory.ts";
import { describeAction } from "../lib/replyActions.ts";
import { useSavedReplies } from "../lib/savedReplies.ts";
import { pickerQuery, rankSavedReplies } from "../lib/savedReplySearch.ts";

// Saved replies in the composer: typing `/` or `#` opens a listbox of replies under the field,
// narrowed by fuzzy search as the admin types. Focus stays in the textarea, which points at the
// highlighted option with aria-activedescendant; arrows move, Enter or Tab inserts the reply with
// its placeholders filled, Escape closes. The inserted reply's actions wait to run on send.

interface Options {
  text: string;
  field: { current: HTMLTextAreaElement | null };
  values: PlaceholderValues;
  onChange: (text: string) => void;
}

export interface SavedReplyPickerHandle {
  /** True when the picker used the key (the composer must not act on it). */
  onKeyDown: (event: KeyboardEvent) => boolean;
  /** ARIA and caret tracking for the textarea. */
  fieldProps: Record<string, string | boolean | undefined | ((event: Event) => void)>;
  popup: ComponentChildren;
  actions: SavedReplyAction[];
  clearActions: () => void;
  actionsBar: ComponentChildren;
}

export function useSavedReplyPicker({ text, field, values, onChange }: Options): SavedReplyPickerHandle {
  const replies = useSavedReplies();
  const directory = useDirectory();
  const id = useId();
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [actions, setActions] = useState<SavedReplyAction[]>([]);

  const trigger = pickerQuery(text, caret);
  const open = trigger !== null && dismissedAt !== trigger.start;
  const matches = open ? rankSavedReplies(trigger.query, replies) : [];
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));
  const optionId = (i: number) => `${id}-reply-${i}`;

  useEffect(() => setActive(0), [trigger?.query, trigger?.start]);
  useEffect(() => {
    if (text.trim() === "") setActions([]);
  }, [text]);

  const track = () => setCaret(field.current?.selectionStart ?? text.length);
  // The caret after an input event is already where the browser put it.
  useEffect(track, [text]);

  const insert = (reply: SavedReply) => {
    if (!trigger) return;
    const filled = fillPlaceholders(reply.body, values);
    const next = text.slice(0, trigger.start) + filled + text.slice(caret);
    const at = trigger.start + filled.length;
    onChange(next);
    setActions(reply.actions);
    setCaret(at);
    requestAnimationFrame(() => {
      field.current?.focus();
      field.current?.setSelectionRange(at, at);
    });
  };

  const onKeyDown = (event: KeyboardEvent): boolean => {
    if (!open || event.isComposing) return false;
    if (event.key === "Escape") {
      setDismissedAt(trigger.start);
    } else if (matches.length === 0) {
      return false;
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((activeIndex + step + matches.length) % matches.length);
    } else if ((event.key === "Enter" && !event.shiftKey) || event.key === "Tab") {
      const chosen = matches[activeIndex];
      if (chosen) insert(chosen);
    } else {
      return false;
    }
    event.preventDefault();
    return true;
  };

  const listId = `${id}-replies`;
  const fieldProps = {
    "aria-autocomplete": "list",
    "aria-controls": open ? listId : undefined,
    "aria-activedescendant": open && matches.length > 0 ? optionId(activeIndex) : undefined,
    onClick: track,
    onKeyUp: track,
    onBlur: () => trigger && setDismissedAt(trigger.start),
    onFocus: () => setDismissedAt(null),
  };

  const popup = open ? (
    <div class="reply-picker">
      {matches.length > 0 ? (
        <ul id={listId} role="listbox" aria-label="Saved replies">
          {matches.map((reply, i) => (
            <li
              key={reply.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              class="reply-picker-option"
              // mousedown, not click: the textarea keeps focus and its caret.
              onMouseDown={(event) => {
                event.preventDefault();
                insert(reply);
              }}
            >
              <span class="reply-picker-name">{reply.name}</span>
              <span class="reply-picker-body">{reply.body}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p id={listId} class="reply-picker-empty muted small" role="status">
          {replies.length === 0 ? "No saved replies yet: add them under Settings." : `No saved reply matches “${trigger.query}”.`}
        </p>
      )}
    </div>
  ) : null;

  const actionsBar =
    actions.length > 0 ? (
      <div class="reply-actions" role="group" aria-label="Actions on send">
        <span class="muted small">On send:</span>
        {actions.map((action) => {
          const label = describeAction(action, { admin: directory.adminName, team: directory.teamName });
          return (
            <span key={action.type} class="reply-action">
              {label}
              <button type="button" class="reply-action-remove" aria-label={`Do not ${label.charAt(0).toLowerCase()}${label.slice(1)}`} onClick={() => setActions((list) => list.filter((a) => a.type !== action.type))}>
                ×
              </button>
            </span>
          );
        })}
      </div>
    ) : null;

  return { onKeyDown, fieldProps, popup, actions, clearActions: () => setActions([]), actionsBar };
}
