import type { Ref } from "preact";
import { useId, useState } from "preact/hooks";
import { checkTagName, tagSuggestions } from "../../../shared/tags.ts";
import type { TagRef } from "../lib/tags.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";

interface Props {
  /** Names the group for screen readers, e.g. "Conversation tags". */
  label: string;
  tags: readonly TagRef[];
  /** The workspace's tags, offered as suggestions while typing. */
  known: readonly TagRef[];
  onAdd: (name: string) => Promise<void>;
  onRemove: (tag: TagRef) => Promise<void>;
  inputRef?: Ref<HTMLInputElement>;
}

// Applied tags as chips with a remove button each, and one text field that adds a tag by name:
// an existing tag is picked from the suggestions (a native datalist), a new name creates the tag.
export function TagEditor({ label, tags, known, onAdd, onRemove, inputRef }: Props) {
  const id = useId();
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = (work: () => Promise<void>, then?: () => void) => {
    setBusy(true);
    setError(null);
    work().then(
      () => {
        setBusy(false);
        then?.();
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };

  const add = (event: Event) => {
    event.preventDefault();
    const checked = checkTagName(name);
    if (!checked.ok) return setError(checked.message);
    if (tags.some((t) => t.name === checked.name)) return setName("");
    run(() => onAdd(checked.name), () => setName(""));
  };

  return (
    <div class="tag-editor" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} class="sr-only">
        {label}
      </span>
      {tags.length > 0 && (
        <ul class="tag-list" aria-label={label}>
          {tags.map((tag) => (
            <li key={tag.id} class="tag-chip">
              <span>{tag.name}</span>
              <button type="button" class="tag-remove" aria-label={`Remove tag ${tag.name}`} disabled={busy} onClick={() => run(() => onRemove(tag))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="tag-add" onSubmit={add}>
        <label for={`${id}-input`} class="sr-only">
          Add a tag
        </label>
        <input
          id={`${id}-input`}
          ref={inputRef}
          type="text"
          list={`${id}-known`}
          placeholder="Add a tag…"
          autocomplete="off"
          maxLength={100}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
          onKeyDown={(e) => e.key === "Escape" && e.currentTarget.blur()}
        />
        <datalist id={`${id}-known`}>
          {tagSuggestions(known, tags, "").map((tag) => (
            <option key={tag.id} value={tag.name} />
          ))}
        </datalist>
        <button type="submit" class="button button-small" disabled={busy || name.trim() === ""}>
          Add
        </button>
      </form>
      <ErrorAlert error={error} />
    </div>
  );
}
