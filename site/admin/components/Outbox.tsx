import { PRE } from "../lib/engageStyles.ts";
import { listOutbox } from "../lib/engage.ts";
import { useResource } from "../lib/useResource.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";

// Every email Engage sent: locally the send_email binding only writes files, so this is where
// an admin sees what went out (recipient, subject, the text with its unsubscribe link).
export function Outbox() {
  const [list, reload] = useResource((signal) => listOutbox(signal), []);
  if (list.status === "loading") return <p class="muted">Loading the outbox…</p>;
  if (list.status === "error") return <ErrorAlert error={list.error} onRetry={reload} />;
  if (list.data.length === 0) return <p class="muted">No emails sent yet.</p>;
  return (
    <ul class="stack outbox">
      {list.data.map((email) => (
        <li key={email.id} class="card">
          <details>
            <summary>
              <strong>{email.subject}</strong> → {email.recipient} <span class="muted small">{new Date(email.sentAt * 1000).toLocaleString()}</span>
            </summary>
            <pre class="outbox-text" style={PRE}>{email.text}</pre>
          </details>
        </li>
      ))}
    </ul>
  );
}
