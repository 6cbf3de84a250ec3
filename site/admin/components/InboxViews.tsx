import { STATES, viewKey, type ConversationState, type InboxView } from "../lib/inbox.ts";
import type { Directory } from "../lib/inboxDirectory.ts";
import { inboxHref } from "../lib/inboxRoute.ts";

interface Props {
  view: InboxView;
  state: ConversationState;
  directory: Directory;
}

const STATE_LABEL: Record<ConversationState, string> = { open: "Open", snoozed: "Snoozed", closed: "Closed" };

export function InboxViews({ view, state, directory }: Props) {
  const views: Array<{ view: InboxView; label: string }> = [
    { view: { kind: "mine" }, label: "Mine" },
    { view: { kind: "unassigned" }, label: "Unassigned" },
    ...directory.teams.map((team) => ({ view: { kind: "team", teamId: team.id } satisfies InboxView, label: team.name })),
    { view: { kind: "all" }, label: "All" },
  ];
  const current = viewKey(view);
  return (
    <div class="inbox-views">
      <nav aria-label="Inbox views">
        <ul class="inbox-view-list">
          {views.map((item) => (
            <li key={viewKey(item.view)}>
              <a href={inboxHref({ view: item.view, state, conversationId: null })} aria-current={viewKey(item.view) === current ? "page" : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="Conversation state" class="inbox-states">
        {STATES.map((s) => (
          <a key={s} href={inboxHref({ view, state: s, conversationId: null })} aria-current={s === state ? "page" : undefined}>
            {STATE_LABEL[s]}
          </a>
        ))}
      </nav>
    </div>
  );
}
