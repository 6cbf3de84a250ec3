import { STATES, viewKey, type ConversationState, type InboxView } from "../lib/inbox.ts";
import { countText, type ViewCount } from "../lib/inboxCounts.ts";
import type { Directory } from "../lib/inboxDirectory.ts";
import { inboxHref } from "../lib/inboxRoute.ts";
import { InboxTagFilter } from "./InboxTagFilter.tsx";

interface Props {
  view: InboxView;
  state: ConversationState;
  directory: Directory;
  /** The last count seen for a view key in this state, if any. */
  countOf: (key: string) => ViewCount | undefined;
}

const STATE_LABEL: Record<ConversationState, string> = { open: "Open", snoozed: "Snoozed", closed: "Closed" };

/** The views offered as tabs, in order. */
export function tabViews(directory: Directory): InboxView[] {
  return [{ kind: "mine" }, { kind: "unassigned" }, ...directory.teams.map((team) => ({ kind: "team", teamId: team.id }) satisfies InboxView), { kind: "all" }];
}

function labelOf(view: InboxView, directory: Directory): string {
  if (view.kind === "team") return directory.teamName(view.teamId) ?? "Team";
  if (view.kind === "tag") return "Tag";
  return { mine: "Mine", unassigned: "Unassigned", all: "All" }[view.kind];
}

export function InboxViews({ view, state, directory, countOf }: Props) {
  const current = viewKey(view);
  return (
    <div class="inbox-views">
      <nav aria-label="Inbox views">
        <ul class="inbox-view-list">
          {tabViews(directory).map((item) => {
            const key = viewKey(item);
            const count = countOf(key);
            return (
              <li key={key}>
                <a href={inboxHref({ view: item, state, conversationId: null })} aria-current={key === current ? "page" : undefined}>
                  {labelOf(item, directory)}
                  {count && (
                    <span class="inbox-view-count">
                      <span class="sr-only">, </span>
                      {countText(count)}
                    </span>
                  )}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <InboxTagFilter view={view} state={state} />
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
