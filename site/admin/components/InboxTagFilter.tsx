import { useId } from "preact/hooks";
import type { ConversationState, InboxView } from "../lib/inbox.ts";
import { inboxHref } from "../lib/inboxRoute.ts";
import { navigate } from "../lib/route.ts";
import { useKnownTags } from "../lib/useKnownTags.ts";

/** Narrows the inbox to one tag's conversations: a view of its own, `#/inbox/tag-<id>/<state>`. */
export function InboxTagFilter({ view, state }: { view: InboxView; state: ConversationState }) {
  const id = useId();
  const list = useKnownTags();
  const current = view.kind === "tag" ? view.tagId : "";
  if (list.length === 0 && current === "") return null;
  return (
    <div class="inbox-tag-filter">
      <label for={id}>Tag</label>
      <select
        id={id}
        value={current}
        onChange={(e) => {
          const tagId = e.currentTarget.value;
          navigate(inboxHref({ view: tagId ? { kind: "tag", tagId } : { kind: "all" }, state, conversationId: null }));
        }}
      >
        <option value="">Any tag</option>
        {list.map((tag) => (
          <option key={tag.id} value={tag.id}>
            {tag.name}
          </option>
        ))}
      </select>
    </div>
  );
}
