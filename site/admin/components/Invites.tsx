import { useRef, useState } from "preact/hooks";
import { createInvite, listInvites, revokeInvite, type CreatedInvite, type Invite } from "../lib/invites.ts";
import type { Role } from "../lib/session.ts";
import { nowSeconds } from "../lib/time.ts";
import { useResource } from "../lib/useResource.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { Field } from "./Field.tsx";
import { InviteRow } from "./InviteRow.tsx";
import { RelativeTime } from "./RelativeTime.tsx";
import { RevealPanel } from "./RevealPanel.tsx";

export function Invites() {
  const [invites, reload] = useResource((signal) => listInvites(signal), []);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("admin");
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedInvite | null>(null);
  const [error, setError] = useState<unknown>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    if (creating || !email.trim()) return;
    setCreating(true);
    setError(null);
    try {
      setCreated(await createInvite(email.trim(), role));
      setEmail("");
      reload();
    } catch (err) {
      setError(err);
    } finally {
      setCreating(false);
    }
  };

  const revoke = async (invite: Invite) => {
    setError(null);
    try {
      await revokeInvite(invite.id);
      reload();
    } catch (err) {
      setError(err);
    }
  };

  const dismiss = () => {
    setCreated(null);
    emailRef.current?.focus();
  };

  const now = nowSeconds();
  return (
    <section class="card stack" aria-labelledby="invites-title">
      <h2 id="invites-title">Invites</h2>
      <p class="muted">
        Invite teammates with a one-time link. Parley does not send invite emails yet, so share the link yourself.
      </p>
      <ErrorAlert error={error} />

      {created && (
        <RevealPanel label={`Invite link for ${created.invite.email}`} value={created.url} onDone={dismiss}>
          <p>
            <strong>Send this link to {created.invite.email}.</strong> It works once and expires{" "}
            <RelativeTime unix={created.invite.expiresAt} />.
          </p>
        </RevealPanel>
      )}

      <form class="inline-form" onSubmit={create}>
        <Field
          label="Email"
          type="email"
          name="invite-email"
          autocomplete="off"
          required
          value={email}
          onValue={setEmail}
          inputRef={emailRef}
        />
        <div class="field">
          <label for="invite-role">Role</label>
          <select
            id="invite-role"
            value={role}
            onChange={(event) => setRole(event.currentTarget.value === "owner" ? "owner" : "admin")}
          >
            <option value="admin">Admin</option>
            <option value="owner">Owner</option>
          </select>
        </div>
        <button type="submit" class="button button-primary" disabled={creating}>
          {creating ? "Creating…" : "Create invite"}
        </button>
      </form>

      {invites.status === "loading" && <p role="status" class="muted">Loading invites…</p>}
      {invites.status === "error" && <ErrorAlert error={invites.error} onRetry={reload} />}
      {invites.status === "ready" && invites.data.length === 0 && <p class="muted">No invites yet.</p>}
      {invites.status === "ready" && invites.data.length > 0 && (
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Invites table">
          <table>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Created</th>
                <th scope="col">Expires</th>
                <th scope="col">Status</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {invites.data.map((invite) => (
                <InviteRow key={invite.id} invite={invite} now={now} onRevoke={revoke} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
