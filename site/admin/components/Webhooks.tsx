import { useState } from "preact/hooks";
import { createWebhook, deleteWebhook, listWebhooks, rotateWebhookSecret, type Webhook, type WebhookWithSecret } from "../lib/webhooks.ts";
import { useResource } from "../lib/useResource.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { RevealPanel } from "./RevealPanel.tsx";
import { RelativeTime } from "./RelativeTime.tsx";
import { WebhookDeliveries } from "./WebhookDeliveries.tsx";
import { WebhookForm } from "./WebhookForm.tsx";

// Settings → Webhooks: subscriptions, their secrets (shown once, on create and on rotate) and
// each one's delivery log (docs/webhooks.md).
export function Webhooks() {
  const [hooks, reload] = useResource((signal) => listWebhooks(signal), []);
  const [busy, setBusy] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<WebhookWithSecret | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async <T,>(what: string, action: () => Promise<T>): Promise<T | null> => {
    setBusy(what);
    setError(null);
    try {
      return await action();
    } catch (err) {
      setError(err);
      return null;
    } finally {
      setBusy(null);
    }
  };

  const create = async (url: string, topics: string[]): Promise<boolean> => {
    const created = await run("create", () => createWebhook(url, topics));
    if (created) {
      setRevealed(created);
      reload();
    }
    return created !== null;
  };

  const rotate = async (hook: Webhook) => {
    if (!window.confirm(`Rotate the secret of ${hook.url}? Signatures with the old secret stop at once.`)) return;
    const rotated = await run(hook.id, () => rotateWebhookSecret(hook.id));
    if (rotated) setRevealed(rotated);
  };

  const remove = async (hook: Webhook) => {
    if (!window.confirm(`Delete the webhook to ${hook.url}? Its delivery log goes with it.`)) return;
    if ((await run(hook.id, () => deleteWebhook(hook.id).then(() => true))) && open === hook.id) setOpen(null);
    reload();
  };

  const shown = hooks.status === "ready" ? hooks.data.find((h) => h.id === open) : undefined;

  return (
    <section class="card stack" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">Webhooks</h2>
      <p class="muted">Parley tells these URLs when contacts are created and when conversations start, get replies, notes, assignments or close.</p>
      <ErrorAlert error={error} />
      {revealed && (
        <RevealPanel label={`Signing secret for ${revealed.webhook.url}`} value={revealed.secret} onDone={() => setRevealed(null)}>
          <p>
            <strong>Copy this secret now.</strong> Check each request's <code>X-Hub-Signature</code> with it; it will not be shown again.
          </p>
        </RevealPanel>
      )}
      <WebhookForm busy={busy === "create"} onCreate={create} />

      {hooks.status === "loading" && <p role="status" class="muted">Loading webhooks…</p>}
      {hooks.status === "error" && <ErrorAlert error={hooks.error} onRetry={reload} />}
      {hooks.status === "ready" && hooks.data.length === 0 && <p class="muted">No webhooks yet.</p>}
      {hooks.status === "ready" && hooks.data.length > 0 && (
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Webhooks table">
          <table>
            <thead>
              <tr>
                <th scope="col">URL</th>
                <th scope="col">Topics</th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span class="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {hooks.data.map((hook) => (
                <tr key={hook.id}>
                  <th scope="row">
                    <code>{hook.url}</code>
                  </th>
                  <td>{hook.topics.join(", ")}</td>
                  <td>
                    <RelativeTime unix={hook.createdAt} />
                  </td>
                  <td class="actions">
                    <button type="button" class="button button-small" aria-expanded={open === hook.id} onClick={() => setOpen(open === hook.id ? null : hook.id)}>
                      Deliveries<span class="sr-only"> to {hook.url}</span>
                    </button>
                    <button type="button" class="button button-small" disabled={busy === hook.id} onClick={() => rotate(hook)}>
                      Rotate secret<span class="sr-only"> of {hook.url}</span>
                    </button>
                    <button type="button" class="button button-danger button-small" disabled={busy === hook.id} onClick={() => remove(hook)}>
                      Delete<span class="sr-only"> {hook.url}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown && <WebhookDeliveries webhook={shown} />}
    </section>
  );
}
