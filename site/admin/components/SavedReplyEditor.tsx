import { useId, useState } from "preact/hooks";
import { PLACEHOLDER_NAMES } from "../../../shared/savedReplies/placeholders.ts";
import type { SavedReply } from "../../../shared/savedReplies/savedReply.ts";
import { messageOf } from "../lib/api.ts";
import { useDirectory } from "../lib/inboxDirectory.ts";
import { saveSavedReply } from "../lib/savedReplies.ts";
import { draftOf, EMPTY_DRAFT, inputOf, type ReplyDraft } from "../lib/savedReplyDraft.ts";
import { Field } from "./Field.tsx";

interface Props {
  /** The reply being edited; null for a new one. */
  reply: SavedReply | null;
  onDone: (saved: SavedReply | null) => void;
}

export function SavedReplyEditor({ reply, onDone }: Props) {
  const id = useId();
  const directory = useDirectory();
  const [draft, setDraft] = useState<ReplyDraft>(reply ? draftOf(reply) : EMPTY_DRAFT);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<ReplyDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const result = inputOf(draft);
    if (!result.ok) return setProblems(result.problems);
    setProblems([]);
    setSaving(true);
    try {
      onDone(await saveSavedReply(reply?.id ?? null, result.input));
    } catch (err) {
      setProblems([messageOf(err)]);
    } finally {
      setSaving(false);
    }
  };

  const title = reply ? `Edit “${reply.name}”` : "New saved reply";
  return (
    <form class="stack card" aria-label={title} onSubmit={save}>
      <h3>{title}</h3>
      {problems.length > 0 && (
        <div class="alert alert-error" role="alert">
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <Field label="Name" value={draft.name} onValue={(name) => set({ name })} required hint="What you type after / or # in the composer to find it." />
      <div class="field">
        <label for={`${id}-body`}>Text</label>
        <textarea id={`${id}-body`} rows={5} required value={draft.body} aria-describedby={`${id}-body-hint`} onInput={(e) => set({ body: e.currentTarget.value })} />
        <p class="field-hint" id={`${id}-body-hint`}>
          Placeholders: {PLACEHOLDER_NAMES.map((n) => `{{${n}}}`).join(", ")}. Add a fallback after a bar for when the value is unknown, as in{" "}
          <code>{"{{contact.name | there}}"}</code>.
        </p>
      </div>
      <fieldset class="stack-sm">
        <legend>When the reply is sent</legend>
        <label class="choice">
          <input type="checkbox" checked={draft.close} onChange={(e) => set({ close: e.currentTarget.checked })} /> Close the conversation
        </label>
        <div class="inline-form">
          <div class="field">
            <label for={`${id}-assignee`}>Assign to</label>
            <select id={`${id}-assignee`} value={draft.assignee} onChange={(e) => set({ assignee: e.currentTarget.value })}>
              <option value="">Nobody new</option>
              <optgroup label="Teammates">
                {directory.admins.map((a) => (
                  <option key={a.id} value={`admin:${a.id}`}>
                    {a.name}
                  </option>
                ))}
              </optgroup>
              <optgroup label="Teams">
                {directory.teams.map((t) => (
                  <option key={t.id} value={`team:${t.id}`}>
                    {t.name}
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
          <Field label="Tag" value={draft.tag} onValue={(tag) => set({ tag })} hint="A tag name; created if it does not exist." />
        </div>
      </fieldset>
      <div class="saved-reply-buttons">
        <button type="submit" class="button button-primary" disabled={saving}>
          {saving ? "Saving…" : "Save reply"}
        </button>
        <button type="button" class="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
