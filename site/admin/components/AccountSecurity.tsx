import { useState } from "preact/hooks";
import { UNAUTHORIZED_EVENT } from "../lib/api.ts";
import { changePassword, MIN_PASSWORD_LENGTH, signOutEverywhere } from "../lib/session.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { Field } from "./Field.tsx";

/** The signed-in admin's own credentials: a new password (other sessions end), or out everywhere. */
export function AccountSecurity() {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await changePassword(current, next);
      setCurrent("");
      setNext("");
      setDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const everywhere = async () => {
    setError(null);
    try {
      await signOutEverywhere();
      window.dispatchEvent(new Event(UNAUTHORIZED_EVENT));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section class="card stack" aria-labelledby="account-security-title">
      <h2 id="account-security-title">Your sign-in</h2>
      <ErrorAlert error={error} />
      {done && <p role="status">Password changed. Your other sessions were signed out.</p>}
      <form class="stack-sm" onSubmit={submit}>
        <Field label="Current password" type="password" name="current-password" autocomplete="current-password" required value={current} onValue={setCurrent} />
        <Field label="New password" type="password" name="new-password" autocomplete="new-password" required minLength={MIN_PASSWORD_LENGTH} value={next} onValue={setNext} />
        <div>
          <button type="submit" class="button button-primary" disabled={busy}>
            Change password
          </button>
        </div>
      </form>
      <div>
        <button type="button" class="button" onClick={everywhere}>
          Sign out everywhere
        </button>
      </div>
    </section>
  );
}
