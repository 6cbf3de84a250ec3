import { useState } from "preact/hooks";
import { askNotifyPermission, notifyPermission, type NotifyPermission } from "../lib/inboxNotify.ts";

// Browsers only grant notification permission from a user gesture, hence a button.
export function InboxNotifications() {
  const [permission, setPermission] = useState<NotifyPermission>(notifyPermission);
  if (permission === "unsupported") return null;
  if (permission === "granted") return <span class="muted small inbox-notify">Desktop notifications on</span>;
  if (permission === "denied") return <span class="muted small inbox-notify">Notifications blocked in this browser</span>;
  return (
    <button type="button" class="button button-small button-quiet inbox-notify" onClick={() => void askNotifyPermission().then(setPermission)}>
      Enable notifications
    </button>
  );
}
