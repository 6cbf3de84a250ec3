import { useEffect, useRef } from "preact/hooks";
import * as z from "zod/mini";
import type { InboxConversation } from "../../../shared/inbox.ts";
import { assignedMessage, assignedNews } from "../lib/assignedNews.ts";
import { contactLabel } from "../lib/inbox.ts";
import { fetchView } from "../lib/inboxApi.ts";
import { useInboxHub } from "../lib/inboxHubHook.ts";
import { notifyPermission } from "../lib/inboxNotify.ts";
import { inboxHref } from "../lib/inboxRoute.ts";
import { navigate } from "../lib/route.ts";

// A browser notification when a conversation is assigned to this admin: at once while they are
// away or in another tab, and when they come back for what was assigned to them meanwhile and is
// still unread. Permission comes from the "Enable notifications" button (InboxNotifications).
const toldIds = z.array(z.string());
const keyOf = (me: string) => `parley-assigned-told:${me}`;

function readTold(me: string): string[] {
  try {
    const parsed = toldIds.safeParse(JSON.parse(localStorage.getItem(keyOf(me)) ?? "[]"));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

function writeTold(me: string, told: readonly string[]): void {
  try {
    localStorage.setItem(keyOf(me), JSON.stringify(told));
  } catch {
    // Storage unavailable: this page may tell again after a reload, nothing worse.
  }
}

function show(news: readonly InboxConversation[]): void {
  const message = assignedMessage(news, (c) => contactLabel(c.contact));
  const first = news[0];
  if (!message || !first || notifyPermission() !== "granted") return;
  const notification = new Notification(message.title, { body: message.body, tag: `parley-assigned-${first.id}` });
  notification.onclick = () => {
    window.focus();
    navigate(inboxHref({ view: { kind: "mine" }, state: "open", conversationId: first.id }));
    notification.close();
  };
}

export function AssignedNotifications({ me }: { me: string }) {
  const awayRef = useRef(false);
  const tell = (conversations: readonly InboxConversation[], cameBack: boolean) => {
    const { news, told } = assignedNews(readTold(me), conversations, me);
    writeTold(me, told);
    const hidden = document.visibilityState !== "visible" || awayRef.current;
    show(cameBack ? news.filter((c) => c.unread > 0) : hidden ? news : []);
  };
  const hub = useInboxHub({ onConversation: (c) => tell([c], false) });
  awayRef.current = hub.state.presence.get(me)?.away ?? false;
  useEffect(() => {
    const controller = new AbortController();
    fetchView({ kind: "mine" }, "open", null, controller.signal)
      .then((page) => tell(page.conversations, true))
      .catch(() => undefined);
    return () => controller.abort();
  }, [me]);
  return null;
}
