import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Presence } from "../../../shared/inbox.ts";
import { act, getConversation, type Action, type ConversationDetail } from "../lib/conversations.ts";
import { contactLabel, type InboxConversation } from "../lib/inbox.ts";
import type { Directory } from "../lib/inboxDirectory.ts";
import type { PartKind } from "../lib/inboxRoom.ts";
import { useConversationRoom } from "../lib/inboxRoomHook.ts";
import { adminUploader } from "../lib/adminUpload.ts";
import { usePersistentFlag } from "../lib/usePersistentFlag.ts";
import { useResource } from "../lib/useResource.ts";
import { ContactSidebar } from "./ContactSidebar.tsx";
import { ConversationActions } from "./ConversationActions.tsx";
import { ConversationComposer } from "./ConversationComposer.tsx";
import { ConversationRating } from "./ConversationRating.tsx";
import { placeholderValues } from "../lib/savedReplies.ts";
import { useReplyActions } from "../lib/useReplyActions.ts";
import { ConversationTags } from "./ConversationTags.tsx";
import { ConversationTimeline } from "./ConversationTimeline.tsx";
import { ErrorAlert } from "./ErrorAlert.tsx";

/** What the inbox's keyboard shortcuts ask of the open conversation. */
export interface ConversationCommands {
  compose: (kind: PartKind) => void;
  close: () => void;
  assign: () => void;
  tag: () => void;
}

interface Props {
  id: string;
  me: string;
  summary: InboxConversation | undefined;
  directory: Directory;
  presence: ReadonlyMap<string, Presence>;
  backHref: string;
  hrefFor: (conversationId: string) => string;
  commands: { current: ConversationCommands | null };
  onChanged: (detail: ConversationDetail) => void;
}

const STATE_LABEL = { open: "Open", snoozed: "Snoozed", closed: "Closed" } as const;
const ACTION_PARTS = new Set(["assignment", "close", "open", "snoozed"]);

export function ConversationView({ id, me, summary, directory, presence, backHref, hrefFor, commands, onChanged }: Props) {
  const room = useConversationRoom(id);
  const upload = useMemo(() => adminUploader(id), [id]);
  const actionParts = room.state.parts.filter((p) => ACTION_PARTS.has(p.part_type)).length;
  const [detail, reload] = useResource((signal) => getConversation(id, signal), [id, actionParts]);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [focusRequest, setFocusRequest] = useState<{ kind: PartKind; n: number }>({ kind: "comment", n: 0 });
  const assignRef = useRef<HTMLSelectElement>(null);
  const tagRef = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Remembered per browser: whoever wants the room for messages wants it in every conversation.
  const [contactHidden, setContactHidden] = usePersistentFlag("parley.contactPanelHidden", false);

  useEffect(() => setActionError(null), [id]);
  // Opened from the list or with j/k: land on the conversation, unless the admin is typing elsewhere.
  useEffect(() => {
    const active = document.activeElement;
    if (active === document.body || active?.closest(".inbox-list")) heading.current?.focus({ preventScroll: true });
  }, [id]);
  useEffect(() => {
    if (detail.status === "ready") onChanged(detail.data);
  }, [detail]);

  const afterReplyActions = (next: ConversationDetail | null) => {
    if (next) onChanged(next);
    reload();
  };
  const queueReplyActions = useReplyActions(id, me, room.state.pending, afterReplyActions, setActionError);

  const run = (action: Action) => {
    setBusy(true);
    setActionError(null);
    act(id, me, action).then(
      (next) => {
        setBusy(false);
        onChanged(next);
        reload();
      },
      (err: unknown) => {
        setBusy(false);
        setActionError(err);
      },
    );
  };

  commands.current = {
    compose: (kind) => setFocusRequest((r) => ({ kind, n: r.n + 1 })),
    close: () => detail.status === "ready" && detail.data.state !== "closed" && run({ kind: "close" }),
    assign: () => assignRef.current?.focus(),
    tag: () => tagRef.current?.focus(),
  };

  const contactName = summary ? contactLabel(summary.contact) : "Contact";
  const current: ConversationDetail | null = detail.status === "ready" ? detail.data : null;

  const showContact = Boolean(current?.contactId) && !contactHidden;
  return (
    <div class={`conversation-view${showContact ? "" : " contact-hidden"}`}>
      <section class="conversation-main" aria-labelledby="conversation-title">
        <header class="conversation-header">
          <a class="conversation-back" href={backHref}>
            ← Back to conversations
          </a>
          <h2 id="conversation-title" ref={heading} tabIndex={-1}>
            {contactName}
            {current && <span class={`badge badge-${current.state}`}>{STATE_LABEL[current.state]}</span>}
          </h2>
          {current?.contactId && (
            <button type="button" class="button button-small button-quiet contact-toggle" aria-expanded={!contactHidden} aria-controls={contactHidden ? undefined : "contact-sidebar"} onClick={() => setContactHidden(!contactHidden)}>
              {contactHidden ? "Show contact" : "Hide contact"}
            </button>
          )}
          {current && <ConversationRating conversationId={id} closed={current.state === "closed"} pushed={room.state.rated} />}
          {current && <ConversationActions detail={current} directory={directory} presence={presence} busy={busy} onAct={run} assignRef={assignRef} />}
        </header>
        {current && <ConversationTags conversationId={id} me={me} tags={current.tags} onChanged={reload} inputRef={tagRef} />}
        {detail.status === "error" && <ErrorAlert error={detail.error} onRetry={reload} />}
        <ErrorAlert error={actionError} />
        {!room.state.synced && <p class="muted small" role="status">Connecting…</p>}
        <ConversationTimeline
          parts={room.state.parts}
          pending={room.state.pending}
          contactName={contactName}
          readByUser={room.state.readByUser}
          typing={room.state.typing && contactName}
          directory={directory}
          onRetry={room.retry}
        />
        <ConversationComposer
          focusRequest={focusRequest}
          onSend={room.send}
          onTyping={room.typing}
          upload={upload}
          placeholders={placeholderValues(summary?.contact, directory.adminName(me))}
          onActions={queueReplyActions}
        />
      </section>
      {showContact && current?.contactId && <ContactSidebar contactId={current.contactId} conversationId={id} pageUrl={summary?.page_url ?? current.pageUrl} hrefFor={hrefFor} />}
    </div>
  );
}
