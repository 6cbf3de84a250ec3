import { useState } from "preact/hooks";
import { messageOf } from "../lib/api.ts";
import { bulkTag, type Selection } from "../lib/contacts.ts";
import { TAGS_CHANGED } from "../lib/tags.ts";
import { useKnownTags } from "../lib/useKnownTags.ts";

/** Tag or untag every selected contact at once ("all matching" included), by the tag's name. */
export function ContactsBulkTag({ selection, count }: { selection: Selection; count: number }) {
  const known = useKnownTags();
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const apply = async (remove: boolean) => {
    if (!name.trim()) return setStatus({ ok: false, text: "Type the tag's name first." });
    setBusy(true);
    setStatus(null);
    try {
      const changed = await bulkTag(selection, name, remove);
      const people = `${changed.toLocaleString("en")} contact${changed === 1 ? "" : "s"}`;
      setStatus({ ok: true, text: remove ? `Removed “${name.trim()}” from ${people}.` : `Tagged ${people} “${name.trim()}”.` });
      window.dispatchEvent(new Event(TAGS_CHANGED));
    } catch (err) {
      setStatus({ ok: false, text: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="contacts-bulk-tag"
      aria-label={`Tag ${count.toLocaleString("en")} selected contacts`}
      onSubmit={(e) => {
        e.preventDefault();
        void apply(false);
      }}
    >
      <label>
        Tag name
        <input type="text" list="contacts-bulk-tag-names" value={name} maxLength={100} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <datalist id="contacts-bulk-tag-names">
        {known.map((tag) => (
          <option key={tag.id} value={tag.name} />
        ))}
      </datalist>
      <button type="submit" class="button button-small" disabled={busy}>
        Add tag
      </button>
      <button type="button" class="button button-small" disabled={busy} onClick={() => void apply(true)}>
        Remove tag
      </button>
      {status && (
        <p class={status.ok ? "small" : "alert alert-error"} role={status.ok ? "status" : "alert"}>
          {status.text}
        </p>
      )}
    </form>
  );
}
