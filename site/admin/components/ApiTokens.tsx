import { useRef, useState } from "preact/hooks";
import { createToken, listTokens, revokeToken, type ApiToken, type CreatedToken } from "../lib/tokens.ts";
import { useResource } from "../lib/useResource.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { Field } from "./Field.tsx";
import { RevealPanel } from "./RevealPanel.tsx";
import { TokenRow } from "./TokenRow.tsx";

export function ApiTokens() {
  const [tokens, reload] = useResource((signal) => listTokens(signal), []);
  const [name, setName] = useState("");
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const dismiss = () => {
    setCreated(null);
    nameRef.current?.focus();
  };

  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    if (creating || !name.trim()) return;
    setCreating(true);
    setError(null);
    try {
      setCreated(await createToken(name.trim()));
      setName("");
      reload();
    } catch (err) {
      setError(err);
    } finally {
      setCreating(false);
    }
  };

  const revoke = async (token: ApiToken) => {
    if (!window.confirm(`Revoke the token “${token.name}”? Anything using it stops working immediately.`)) return;
    setRevoking(token.id);
    setError(null);
    try {
      await revokeToken(token.id);
      reload();
    } catch (err) {
      setError(err);
    } finally {
      setRevoking(null);
    }
  };

  return (
    <section class="card stack" aria-labelledby="tokens-title">
      <h2 id="tokens-title">API tokens</h2>
      <p class="muted">Tokens authenticate calls to the REST API as you. Treat them like passwords.</p>
      <ErrorAlert error={error} />

      {created && (
        <RevealPanel label={`Secret for “${created.token.name}”`} value={created.secret} onDone={dismiss}>
          <p>
            <strong>Copy this token now.</strong> It will not be shown again: Parley only stores a hash of it.
          </p>
        </RevealPanel>
      )}

      <form class="inline-form" onSubmit={create}>
        <Field
          label="Token name"
          name="token-name"
          hint="For example “Zapier” or “Data warehouse sync”."
          required
          value={name}
          onValue={setName}
          inputRef={nameRef}
        />
        <button type="submit" class="button button-primary" disabled={creating}>
          {creating ? "Creating…" : "Create token"}
        </button>
      </form>

      {tokens.status === "loading" && <p role="status" class="muted">Loading tokens…</p>}
      {tokens.status === "error" && <ErrorAlert error={tokens.error} onRetry={reload} />}
      {tokens.status === "ready" && tokens.data.length === 0 && <p class="muted">No tokens yet.</p>}
      {tokens.status === "ready" && tokens.data.length > 0 && (
        <div class="table-wrap" tabIndex={0} role="region" aria-label="API tokens table">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Token</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span class="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((token) => (
                <TokenRow key={token.id} token={token} busy={revoking === token.id} onRevoke={revoke} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
