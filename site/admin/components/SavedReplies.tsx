import { useState } from "preact/hooks";
import type { SavedReply } from "../../../shared/savedReplies/savedReply.ts";
import { messageOf } from "../lib/api.ts";
import { useDirectory } from "../lib/inboxDirectory.ts";
import { describeAction } from "../lib/replyActions.ts";
import { deleteSavedReply, fetchSavedReplies } from "../lib/savedReplies.ts";
import { useResource } from "../lib/useResource.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { SavedReplyEditor } from "./SavedReplyEditor.tsx";

// The workspace's saved replies, in Settings: every admin may add, edit and delete them; the
// inbox composer inserts them after `/` or `#`.
export function SavedReplies() {
  const directory = useDirectory();
  const [loaded, reload] = useResource((signal) => fetchSavedReplies(signal), []);
  const [editing, setEditing] = useState<SavedReply | "new" | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);

  const done = (saved: SavedReply | null) => {
    setEditing(null);
    if (saved) {
      setStatus(`Saved “${saved.name}”.`);
      reload();
    }
  };

  const remove = async (reply: SavedReply) => {
    if (!confirm(`Delete the saved reply “${reply.name}”?`)) return;
    setError(null);
    try {
      await deleteSavedReply(reply.id);
      setStatus(`Deleted “${reply.name}”.`);
      reload();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <section class="card stack" aria-labelledby="saved-replies-title" id="saved-replies">
      <div>
        <h2 id="saved-replies-title">Saved replies</h2>
        <p class="muted">Type / or # in a reply to insert one; its placeholders are filled in and its actions run when you send it.</p>
      </div>
      <p class="sr-only" role="status">
        {status}
      </p>
      {error && (
        <p class="alert alert-error" role="alert">
          {error}
        </p>
      )}
      {loaded.status === "loading" && <p class="muted">Loading saved replies…</p>}
      {loaded.status === "error" && <ErrorAlert error={loaded.error} onRetry={reload} />}
      {loaded.status === "ready" && loaded.data.length === 0 && <p class="muted">No saved replies yet.</p>}
      {loaded.status === "ready" && loaded.data.length > 0 && (
        <ul class="saved-reply-list">
          {loaded.data.map((reply) => (
            <li key={reply.id} class="saved-reply">
              <div class="saved-reply-text">
                <strong>{reply.name}</strong>
                <p class="saved-reply-body">{reply.body}</p>
                {reply.actions.length > 0 && (
                  <p class="muted small">On send: {reply.actions.map((a) => describeAction(a, { admin: directory.adminName, team: directory.teamName })).join(" · ")}</p>
                )}
              </div>
              <div class="saved-reply-buttons">
                <button type="button" class="button button-small" aria-label={`Edit ${reply.name}`} onClick={() => setEditing(reply)}>
                  Edit
                </button>
                <button type="button" class="button button-small button-danger" aria-label={`Delete ${reply.name}`} onClick={() => void remove(reply)}>
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing === null ? (
        <div>
          <button type="button" class="button" onClick={() => setEditing("new")}>
            New saved reply
          </button>
        </div>
      ) : (
        <SavedReplyEditor key={editing === "new" ? "new" : editing.id} reply={editing === "new" ? null : editing} onDone={done} />
      )}
    </section>
  );
}
