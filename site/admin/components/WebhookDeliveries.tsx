import { useState } from "preact/hooks";
import { listDeliveries, redeliver, type Webhook, type WebhookDelivery } from "../lib/webhooks.ts";
import { useResource } from "../lib/useResource.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { RelativeTime } from "./RelativeTime.tsx";

interface Props {
  webhook: Webhook;
}

const BADGES: Record<string, string> = { delivered: "badge-open", failed: "badge-closed" };

function response(d: WebhookDelivery): string {
  if (d.responseStatus === null) return d.excerpt ?? "No answer yet";
  return d.excerpt ? `${d.responseStatus}: ${d.excerpt}` : String(d.responseStatus);
}

// The last deliveries of one subscription, newest first, each sendable again by hand.
export function WebhookDeliveries({ webhook }: Props) {
  const [log, reload] = useResource((signal) => listDeliveries(webhook.id, signal), [webhook.id]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const again = async (delivery: WebhookDelivery) => {
    setBusy(delivery.id);
    setError(null);
    try {
      await redeliver(webhook.id, delivery.id);
      reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="stack-sm" aria-label={`Deliveries to ${webhook.url}`}>
      <div class="inline-form">
        <h3>Deliveries to {webhook.url}</h3>
        <button type="button" class="button button-small" onClick={reload}>
          Refresh
        </button>
      </div>
      <ErrorAlert error={error} />
      {log.status === "loading" && <p role="status" class="muted">Loading deliveries…</p>}
      {log.status === "error" && <ErrorAlert error={log.error} onRetry={reload} />}
      {log.status === "ready" && log.data.length === 0 && <p class="muted">Nothing sent yet.</p>}
      {log.status === "ready" && log.data.length > 0 && (
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Webhook deliveries table">
          <table>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Topic</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
                <th scope="col">Latency</th>
                <th scope="col">Response</th>
                <th scope="col">
                  <span class="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {log.data.map((d) => (
                <tr key={d.id}>
                  <td>
                    <RelativeTime unix={d.createdAt} />
                  </td>
                  <th scope="row">
                    <code>{d.topic}</code>
                  </th>
                  <td>
                    <span class={`badge ${BADGES[d.status] ?? "badge-snoozed"}`}>{d.status}</span>
                  </td>
                  <td>{d.attempts}</td>
                  <td>{d.latencyMs === null ? "—" : `${d.latencyMs} ms`}</td>
                  <td>
                    <code class="excerpt">{response(d)}</code>
                  </td>
                  <td class="actions">
                    <button type="button" class="button button-small" disabled={busy === d.id || d.status === "sending"} onClick={() => again(d)}>
                      Redeliver<span class="sr-only"> {d.topic} event</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
