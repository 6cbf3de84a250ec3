import { contactLabel, type InboxConversation } from "./inbox.ts";

// Desktop notifications for new conversations while the tab is in the background. Permission
// is only ever asked from a button click, as browsers require and people expect.
export type NotifyPermission = NotificationPermission | "unsupported";

export function notifyPermission(): NotifyPermission {
  return typeof Notification === "undefined" ? "unsupported" : Notification.permission;
}

export async function askNotifyPermission(): Promise<NotifyPermission> {
  if (typeof Notification === "undefined") return "unsupported";
  return Notification.requestPermission();
}

const announced = new Set<string>();
const since = Math.floor(Date.now() / 1000);

/** A conversation started after this page loaded, seen for the first time. */
export function isNewConversation(conversation: InboxConversation): boolean {
  if (conversation.created_at < since || announced.has(conversation.id)) return false;
  announced.add(conversation.id);
  return true;
}

export function notifyNewConversation(conversation: InboxConversation, open: (id: string) => void): void {
  if (!isNewConversation(conversation)) return;
  if (notifyPermission() !== "granted" || document.visibilityState === "visible") return;
  const notification = new Notification(`New conversation from ${contactLabel(conversation.contact)}`, {
    body: conversation.last_part_preview.slice(0, 140),
    tag: `parley-conversation-${conversation.id}`,
  });
  notification.onclick = () => {
    window.focus();
    open(conversation.id);
    notification.close();
  };
}
