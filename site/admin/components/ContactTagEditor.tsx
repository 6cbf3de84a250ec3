import { useEffect, useState } from "preact/hooks";
import { ensureTag, fetchContactTags, tagContact, untagContact, type TagRef } from "../lib/tags.ts";
import { useKnownTags } from "../lib/useKnownTags.ts";
import { useResource } from "../lib/useResource.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { TagEditor } from "./TagEditor.tsx";

/**
 * Shows and edits one contact's tags, on its own: it loads them (GET /api/contacts/{id}) and the
 * workspace's tags, and saves each change at once. Props: `contactId`, the contact's id (24 hex
 * digits, as in the REST API); `onChange`, optional, called with the contact's tags after each change.
 */
export function ContactTagEditor({ contactId, onChange }: { contactId: string; onChange?: (tags: TagRef[]) => void }) {
  const [loaded, reload] = useResource((signal) => fetchContactTags(contactId, signal), [contactId]);
  const known = useKnownTags();
  const [tags, setTags] = useState<TagRef[]>([]);
  useEffect(() => {
    if (loaded.status === "ready") setTags(loaded.data);
  }, [loaded]);

  const changed = (next: TagRef[]) => {
    setTags(next);
    onChange?.(next);
  };
  const add = async (name: string) => {
    const tag = await ensureTag(name);
    await tagContact(contactId, tag.id);
    changed([...tags.filter((t) => t.id !== tag.id), tag].sort((a, b) => a.name.localeCompare(b.name)));
  };
  const remove = async (tag: TagRef) => {
    await untagContact(contactId, tag.id);
    changed(tags.filter((t) => t.id !== tag.id));
  };

  if (loaded.status === "error") return <ErrorAlert error={loaded.error} onRetry={reload} />;
  if (loaded.status === "loading") return <p class="muted small">Loading tags…</p>;
  return <TagEditor label="Contact tags" tags={tags} known={known} onAdd={add} onRemove={remove} />;
}
