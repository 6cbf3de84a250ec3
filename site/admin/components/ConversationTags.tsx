import type { Ref } from "preact";
import { ensureTag, tagConversation, untagConversation, type TagRef } from "../lib/tags.ts";
import { useKnownTags } from "../lib/useKnownTags.ts";
import { TagEditor } from "./TagEditor.tsx";

interface Props {
  conversationId: string;
  /** The signed-in admin, recorded as who tagged. */
  me: string;
  tags: readonly TagRef[];
  /** Called after each change, to read the conversation again. */
  onChanged: () => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** The open conversation's tags; the `t` shortcut focuses its field. Other admins see changes live through the hub. */
export function ConversationTags({ conversationId, me, tags, onChanged, inputRef }: Props) {
  const known = useKnownTags();
  const add = async (name: string) => {
    const tag = await ensureTag(name);
    await tagConversation(conversationId, tag.id, me);
    onChanged();
  };
  const remove = async (tag: TagRef) => {
    await untagConversation(conversationId, tag.id, me);
    onChanged();
  };
  return (
    <div class="conversation-tags">
      <TagEditor label="Conversation tags" tags={tags} known={known} onAdd={add} onRemove={remove} inputRef={inputRef} />
    </div>
  );
}
