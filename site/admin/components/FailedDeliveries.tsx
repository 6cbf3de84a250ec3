import { useState } from "preact/hooks";
import { listFailedDeliveries, retryFailedDelivery } from "../lib/failedDeliveries.ts";
import { useResource } from "../lib/useResource.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";

// Deliveries the queue gave up on after its retries (the dead-letter queue's record): who, which
// message, the last error, and a button that queues one again once the cause is fixed.
export function FailedDeliveries() {
  const [list, reload] = useResource((signal) => listFailedDeliveries(signal), []);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (list.status === "loading") return <p class="muted">Loading failed deliveries…</p>;
  if (list.status === "error") return <ErrorAlert error={list.error} onRetry={reload} />;
  if (list.data.length === 0) return <p class="muted">No failed deliveries: every message was sent.</p>;
  const retry = (id: string) => {
    setBusy(id);
    setError(null);
    retryFailedDelivery(id).then(reload, setError).finally(() => setBusy(null));
  };
  return (
    <div class="stack">
      <ErrorAlert error={error} />
      <ul class="stack outbox" aria-label="Failed deliveries">
        {list.data.map((d) => (
          <li key={d.id} class="card">
            <p>
              <strong>{d.source}</strong> ({d.channel === "email" ? "email" : "in-app"}) → {d.contact}{" "}
              <span class="muted small">
                {d.attempts} attempts{d.failedAt === null ? "" : `, failed ${new Date(d.failedAt * 1000).toLocaleString()}`}
              </span>
            </p>
            {d.lastError && <p class="muted small">{d.lastError}</p>}
            <button type="button" class="button button-small" disabled={busy === d.id} onClick={() => retry(d.id)}>
              {busy === d.id ? "Queueing…" : "Retry"}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
