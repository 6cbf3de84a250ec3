import { useEffect, useRef, useState } from "preact/hooks";
import { isAbort } from "./api.ts";
import { applyChange, matchesView, mergePage, type ConversationState, type InboxConversation, type InboxView } from "./inbox.ts";
import { fetchView } from "./inboxApi.ts";
import type { HubStatus } from "./inboxHub.ts";

// A view's conversations: pages from the inbox list endpoint (filtered by the server), live
// changes from the hub merged into the same rows, and a poll every 10 s while the hub is not reachable.
export interface InboxList {
  status: "loading" | "ready" | "error";
  conversations: InboxConversation[];
  error: unknown;
  next: string | null;
  loadingMore: boolean;
  loadMore: () => void;
  reload: () => void;
  /** A changed conversation from the hub or from an action taken here. */
  apply: (conversation: InboxConversation) => void;
}

const POLL_MS = 10_000;

/** Changes not older than what the fetch returned for the same conversation. */
function newerOnly(fetched: readonly InboxConversation[], changes: readonly InboxConversation[]): InboxConversation[] {
  const at = new Map(fetched.map((c) => [c.id, c.last_part_at]));
  return changes.filter((c) => c.last_part_at >= (at.get(c.id) ?? 0));
}

export function useInboxList(view: InboxView, state: ConversationState, me: string, hub: HubStatus, onFetched?: (list: InboxConversation[]) => void): InboxList {
  const [conversations, setConversations] = useState<InboxConversation[]>([]);
  const [status, setStatus] = useState<InboxList["status"]>("loading");
  const [error, setError] = useState<unknown>(null);
  const [next, setNext] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [generation, setGeneration] = useState(0);
  // Only for live changes: fetched rows are already the view's.
  const belongs = (c: InboxConversation) => matchesView(c, view, state, me);
  const key = `${JSON.stringify(view)}/${state}`;
  const shownKey = useRef(key);
  // Live changes that arrive while a fetch is in flight may be newer than its answer.
  const inFlight = useRef<InboxConversation[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    if (shownKey.current !== key) {
      shownKey.current = key;
      setConversations([]);
      setStatus("loading");
    }
    inFlight.current = [];
    fetchView(view, state, null, controller.signal).then(
      (page) => {
        const fetched = page.conversations;
        const list = newerOnly(fetched, inFlight.current).reduce((acc, c) => applyChange(acc, c, belongs), fetched);
        setConversations(list);
        setNext(page.next);
        setStatus("ready");
        setError(null);
        onFetched?.(list);
      },
      (err: unknown) => {
        if (isAbort(err)) return;
        setError(err);
        setStatus((s) => (s === "ready" ? s : "error"));
      },
    );
    return () => controller.abort();
  }, [key, me, generation]);

  useEffect(() => {
    if (hub === "live") return;
    const timer = setInterval(() => setGeneration((n) => n + 1), POLL_MS);
    return () => clearInterval(timer);
  }, [hub]);

  const loadMore = () => {
    if (!next || loadingMore) return;
    setLoadingMore(true);
    const asked = key;
    fetchView(view, state, next, new AbortController().signal).then(
      (page) => {
        // The admin may have switched views meanwhile; this page belongs to the old one.
        if (shownKey.current !== asked) return setLoadingMore(false);
        setConversations((list) => mergePage(list, page.conversations));
        setNext(page.next);
        setLoadingMore(false);
      },
      (err: unknown) => {
        setError(err);
        setLoadingMore(false);
      },
    );
  };

  return {
    status,
    conversations,
    error,
    next,
    loadingMore,
    loadMore,
    reload: () => setGeneration((n) => n + 1),
    apply: (conversation) => {
      inFlight.current = [...inFlight.current.slice(-200), conversation];
      setConversations((list) => applyChange(list, conversation, belongs));
    },
  };
}
