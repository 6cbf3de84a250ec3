import { useState } from "preact/hooks";
import { messageOf } from "../lib/api.ts";
import { addNote, type Note } from "../lib/contacts.ts";
import { useDirectory } from "../lib/inboxDirectory.ts";
import { RelativeTime } from "./RelativeTime.tsx";

interface Props {
  contactId: string;
  notes: Note[];
}

/** What the team wrote down about this person: newest first, as the REST API lists them. */
export function ContactNotes({ contactId, notes: initial }: Props) {
  const directory = useDirectory();
  const [notes, setNotes] = useState(initial);
  const [text, setText] = useState("");
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    if (text.trim() === "") return;
    setSaving(true);
    setError(null);
    try {
      const note = await addNote(contactId, text);
      setNotes((list) => [note, ...list]);
      setText("");
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="card stack-sm" aria-labelledby="contact-notes-title">
      <h2 id="contact-notes-title">Notes</h2>
      <form class="stack-sm" aria-label="Add a note" onSubmit={save}>
        <div class="field">
          <label for="contact-note">New note</label>
          <textarea id="contact-note" rows={3} maxLength={10_000} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </div>
        <button type="submit" class="button button-primary button-small" disabled={saving || text.trim() === ""}>
          {saving ? "Saving…" : "Add note"}
        </button>
        {error && (
          <p class="alert alert-error" role="alert">
            {error}
          </p>
        )}
      </form>
      {notes.length === 0 ? (
        <p class="muted small">No notes yet.</p>
      ) : (
        <ul class="contact-notes" aria-label="Notes">
          {notes.map((note) => (
            <li key={note.id}>
              <p class="contact-note-body">{note.body}</p>
              <p class="muted small">
                {directory.adminName(note.authorId) ?? "A teammate"} · <RelativeTime unix={note.createdAt} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
