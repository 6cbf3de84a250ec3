import { useEffect, useRef, useState } from "preact/hooks";
import type { ConversationDetail } from "../lib/conversations.ts";
import { setUnreadTitle } from "../lib/documentTitle.ts";
import { searchConversations } from "../lib/inboxApi.ts";
import { viewCounts, type ViewCount } from "../lib/inboxCounts.ts";
import { useDirectory } from "../lib/inboxDirectory.ts";
import { useInboxHub } from "../lib/inboxHubHook.ts";
import { useInboxList, type InboxList as InboxListState } from "../lib/inboxList.ts";
import { notifyNewConversation } from "../lib/inboxNotify.ts";
import { inboxHref, useInboxLocation } from "../lib/inboxRoute.ts";
import { navigate } from "../lib/route.ts";
import type { Session } from "../lib/session.ts";
import { useDebounced } from "../lib/useDebounced.ts";
import { useNow } from "../lib/useNow.ts";
import { useResource } from "../lib/useResource.ts";
import { ConversationView, type ConversationCommands } from "./ConversationView.tsx";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { InboxList } from "./InboxList.tsx";
import { AssignedNotifications } from "./AssignedNotifications.tsx";
import { InboxNotifications } from "./InboxNotifications.tsx";
import { InboxViews, tabViews } from "./InboxViews.tsx";
import { ShortcutsDialog } from "./ShortcutsDialog.tsx";
import { useInboxShortcuts } from "./InboxShortcuts.tsx";

export function Inbox({ session }: { session: Session }) {
  const me = session.admin.id;
  const where = useInboxLocation();
  const directory = useDirectory();
  const listRef = useRef<InboxListState | null>(null);
  const hrefFor = (id: string) => inboxHref({ ...where, conversationId: id });
  const hub = useInboxHub({
    onConversation: (c) => {
      listRef.current?.apply(c);
      notifyNewConversation(c, (id) => navigate(inboxHref({ view: { kind: "all" }, state: c.state, conversationId: id })));
    },
    onReset: () => listRef.current?.reload(),
  });
  const list = useInboxList(where.view, where.state, me, hub.state.status, (fetched) => fetched.forEach((c) => notifyNewConversation(c, (id) => navigate(hrefFor(id)))));
  listRef.current = list;

  const [input, setInput] = useState("");
  const [term, setTerm] = useDebounced(input.trim(), 300);
  const [results] = useResource((signal) => (term ? searchConversations(term, signal) : Promise.resolve(null)), [term]);
  const shown = term && results.status === "ready" && results.data ? results.data.conversations : list.conversations;

  const commands = useRef<ConversationCommands | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  useInboxShortcuts({ ids: shown.map((c) => c.id), selected: where.conversationId, open: (id) => navigate(hrefFor(id)), commands, help: () => setHelpOpen(true) });

  const selected = list.conversations.find((c) => c.id === where.conversationId) ?? shown.find((c) => c.id === where.conversationId);
  useEffect(() => {
    if (selected && selected.unread > 0) list.apply({ ...selected, unread: 0 });
  }, [where.conversationId, selected?.unread]);

  // Counts seen for each view and state, kept while the admin moves between tabs.
  const seenCounts = useRef(new Map<string, ViewCount>());
  if (list.status === "ready") {
    const fresh = viewCounts(list.conversations, where.view, tabViews(directory), where.state, me, list.next !== null);
    for (const [key, count] of fresh) seenCounts.current.set(`${where.state}|${key}`, count);
  }
  const countOf = (key: string) => seenCounts.current.get(`${where.state}|${key}`);

  const unread = list.conversations.filter((c) => c.unread > 0).length;
  useEffect(() => setUnreadTitle(unread), [unread]);
  useEffect(() => () => setUnreadTitle(0), []);
  const now = useNow();

  const onChanged = (detail: ConversationDetail) => {
    const item = list.conversations.find((c) => c.id === detail.id);
    if (!item) return;
    const next = { ...item, state: detail.state, admin_assignee_id: detail.adminAssigneeId, team_assignee_id: detail.teamAssigneeId, snoozed_until: detail.snoozedUntil };
    if (JSON.stringify(next) !== JSON.stringify(item)) list.apply(next);
  };

  const live = hub.state.status === "live" ? "Live" : "Updating every 10 seconds";
  const status = term
    ? results.status === "loading"
      ? "Searching…"
      : `${shown.length} ${shown.length === 1 ? "conversation matches" : "conversations match"} “${term}”.`
    : list.status === "loading"
      ? "Loading conversations…"
      : `${shown.length} ${shown.length === 1 ? "conversation" : "conversations"} · ${live}`;

  return (
    <div class={`inbox${where.conversationId ? " has-conversation" : ""}`}>
      <div class="inbox-list-pane">
        <InboxViews view={where.view} state={where.state} directory={directory} countOf={countOf} />
        <form class="inbox-search" role="search" aria-label="Conversations" onSubmit={(e) => {
            e.preventDefault();
            setTerm(input.trim());
          }}>
          <label for="inbox-search" class="sr-only">
            Search conversations
          </label>
          <input id="inbox-search" type="search" placeholder="Search messages or contacts" autocomplete="off" value={input} onInput={(e) => setInput(e.currentTarget.value)} />
        </form>
        <div class="inbox-toolbar">
          <p class="muted small" role="status">
            {status}
          </p>
          <InboxNotifications />
          <AssignedNotifications me={me} />
          <button type="button" class="button button-small button-quiet inbox-help" onClick={() => setHelpOpen(true)} aria-haspopup="dialog">
            Shortcuts
          </button>
        </div>
        <ErrorAlert error={term ? (results.status === "error" ? results.error : null) : list.error} onRetry={term ? undefined : list.reload} />
        {shown.length === 0 && list.status === "ready" && !term && <p class="inbox-empty muted">No conversations here.</p>}
        <InboxList label={term ? "Search results" : "Conversations"} conversations={shown} selectedId={where.conversationId} directory={directory} typing={hub.state.typing} presence={hub.state.presence} hrefFor={hrefFor} now={now} />
        {!term && list.next && (
          <button type="button" class="button button-small load-more" onClick={list.loadMore} disabled={list.loadingMore}>
            {list.loadingMore ? "Loading…" : "Load more"}
          </button>
        )}
      </div>
      <div class="inbox-conversation-pane">
        {where.conversationId ? (
          <ConversationView
            key={where.conversationId}
            id={where.conversationId}
            me={me}
            summary={selected}
            directory={directory}
            presence={hub.state.presence}
            backHref={inboxHref({ ...where, conversationId: null })}
            hrefFor={hrefFor}
            commands={commands}
            onChanged={onChanged}
          />
        ) : (
          <div class="inbox-placeholder muted">
            <p>Select a conversation, or press j to open the first one.</p>
          </div>
        )}
      </div>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
