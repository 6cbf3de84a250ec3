import { useState } from "preact/hooks";
import { checkTagName } from "../../../shared/tags.ts";
import { deleteTag, fetchTagUsage, renameTag, type TagUsage } from "../lib/tags.ts";
import { useResource } from "../lib/useResource.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";

// The workspace's tags with how much each is used; rename and delete. Rules name tags by name, so
// the screen says that a rename leaves rules naming the old one behind.
export function TagsSettings() {
  const [usage, reload] = useResource((signal) => fetchTagUsage(signal), []);
  const [error, setError] = useState<unknown>(null);
  /** True once the change is saved; a failure is shown above the table. */
  const act = (work: Promise<unknown>): Promise<boolean> =>
    work.then(
      () => {
        setError(null);
        reload();
        return true;
      },
      (err: unknown) => {
        setError(err);
        return false;
      },
    );

  return (
    <section class="card" aria-labelledby="tags-title">
      <h2 id="tags-title">Tags</h2>
      <p class="muted small">Tags are added from the inbox (press t in a conversation) and on contacts. Rules that name a tag keep its old name after a rename.</p>
      <ErrorAlert error={error} />
      {usage.status === "error" && <ErrorAlert error={usage.error} onRetry={reload} />}
      {usage.status === "loading" && <p class="muted">Loading tags…</p>}
      {usage.status === "ready" && usage.data.length === 0 && <p class="muted">No tags yet.</p>}
      {usage.status === "ready" && usage.data.length > 0 && (
        <div class="table-wrap">
          <table class="tags-table">
            <thead>
              <tr>
                <th scope="col">Tag</th>
                <th scope="col">Contacts</th>
                <th scope="col">Conversations</th>
                <th scope="col">
                  <span class="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {usage.data.map((tag) => (
                <TagRow key={tag.id} tag={tag} onRename={(name) => act(renameTag(tag.id, name))} onDelete={() => act(deleteTag(tag.id))} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface RowProps {
  tag: TagUsage;
  onRename: (name: string) => Promise<boolean>;
  onDelete: () => Promise<boolean>;
}

function TagRow({ tag, onRename, onDelete }: RowProps) {
  const [mode, setMode] = useState<"view" | "rename" | "delete">("view");
  const [name, setName] = useState(tag.name);
  const [problem, setProblem] = useState<string | null>(null);
  const used = tag.contacts + tag.conversations;

  const save = (event: Event) => {
    event.preventDefault();
    const checked = checkTagName(name);
    if (!checked.ok) return setProblem(checked.message);
    setProblem(null);
    void onRename(checked.name).then((saved) => saved && setMode("view"));
  };

  return (
    <tr>
      <th scope="row">
        {mode === "rename" ? (
          <form class="tag-rename" onSubmit={save}>
            <label for={`tag-name-${tag.id}`} class="sr-only">
              New name for {tag.name}
            </label>
            <input id={`tag-name-${tag.id}`} type="text" value={name} maxLength={100} autoFocus onInput={(e) => setName(e.currentTarget.value)} onKeyDown={(e) => e.key === "Escape" && setMode("view")} />
            <button type="submit" class="button button-small button-primary">
              Save
            </button>
            <button type="button" class="button button-small button-quiet" onClick={() => setMode("view")}>
              Cancel
            </button>
            {problem && (
              <p class="alert alert-error" role="alert">
                {problem}
              </p>
            )}
          </form>
        ) : (
          tag.name
        )}
      </th>
      <td>{tag.contacts}</td>
      <td>{tag.conversations}</td>
      <td class="tag-actions">
        {mode === "view" && (
          <>
            <button type="button" class="button button-small" aria-label={`Rename ${tag.name}`} onClick={() => {
                setName(tag.name);
                setMode("rename");
              }}>
              Rename
            </button>
            <button type="button" class="button button-small button-danger" aria-label={`Delete ${tag.name}`} onClick={() => setMode("delete")}>
              Delete
            </button>
          </>
        )}
        {mode === "delete" && (
          <span role="group" aria-label={`Confirm deleting ${tag.name}`}>
            <span class="small">{used > 0 ? `Remove from ${used} ${used === 1 ? "item" : "items"}?` : "Delete?"} </span>
            <button type="button" class="button button-small button-danger" autoFocus onClick={() => void onDelete()}>
              Delete {tag.name}
            </button>
            <button type="button" class="button button-small button-quiet" onClick={() => setMode("view")}>
              Keep
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}
