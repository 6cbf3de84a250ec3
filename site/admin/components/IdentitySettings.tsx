import { useState } from "preact/hooks";
import { getIdentitySettings, revealSecret, rotateSecret, setEnforced, type IdentitySettings as Settings } from "../lib/identitySettings.ts";
import { useResource } from "../lib/useResource.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { RelativeTime } from "./RelativeTime.tsx";
import { RevealPanel } from "./RevealPanel.tsx";

// Owners only: identity verification (CONTRACT §3). The secret is fetched when asked for and
// dropped from the page again once dismissed.
export function IdentitySettings() {
  const [loaded, reload] = useResource((signal) => getIdentitySettings(signal), []);
  const [override, setOverride] = useState<Settings | null>(null);
  const [secret, setSecret] = useState<{ value: string; rotated: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (loaded.status === "loading") return <p role="status" class="muted">Loading identity verification…</p>;
  if (loaded.status === "error") return <ErrorAlert error={loaded.error} onRetry={reload} />;
  const settings = override ?? loaded.data;

  const toggle = () => run(async () => setOverride(await setEnforced(!settings.enforced)));
  const reveal = () => run(async () => setSecret({ value: await revealSecret(), rotated: false }));
  const rotate = () =>
    run(async () => {
      if (!window.confirm("Rotate the identity secret? The current one keeps working for 24 hours, then only the new one does.")) return;
      const rotated = await rotateSecret();
      setOverride(rotated.settings);
      setSecret({ value: rotated.secret, rotated: true });
    });

  return (
    <section class="card stack" aria-labelledby="identity-title">
      <h2 id="identity-title">Identity verification</h2>
      <p class="muted">
        Your backend signs each signed-in user: <code>user_hash</code> (HMAC-SHA256 of <code>user_id</code>) or{" "}
        <code>intercom_user_jwt</code>, with the identity secret. When enforced, a boot with a <code>user_id</code> or{" "}
        <code>email</code> but no valid signature is refused.
      </p>
      <ErrorAlert error={error} />
      <p>
        Status: <strong id="identity-status">{settings.enforced ? "Enforced" : "Off"}</strong>
      </p>
      <div class="inline-form">
        <button type="button" class="button button-primary" onClick={toggle} disabled={busy} aria-describedby="identity-status">
          {settings.enforced ? "Turn enforcement off" : "Enforce identity verification"}
        </button>
        <button type="button" class="button" onClick={reveal} disabled={busy}>
          Show identity secret
        </button>
        <button type="button" class="button button-danger" onClick={rotate} disabled={busy}>
          Rotate secret
        </button>
      </div>
      {settings.previousValidUntil !== null && (
        <p class="muted">
          The previous secret still works until <RelativeTime unix={settings.previousValidUntil} />.
        </p>
      )}
      {secret && (
        <RevealPanel label="Identity secret" value={secret.value} onDone={() => setSecret(null)}>
          <p>
            {secret.rotated
              ? "This is the new identity secret. Put it in your backend within 24 hours."
              : "Keep it on your server only: anyone with it can sign in as any of your users in the messenger."}
          </p>
        </RevealPanel>
      )}
    </section>
  );
}
