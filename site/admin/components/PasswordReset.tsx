import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError } from "../lib/api.ts";
import { completePasswordReset } from "../lib/passwordReset.ts";
import { MIN_PASSWORD_LENGTH, type Session } from "../lib/session.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { Field } from "./Field.tsx";

interface Props {
  token: string;
  onSignedIn: (session: Session) => void;
}

/** The page a reset email links to: a new password, then straight into the workspace. */
export function PasswordReset({ token, onSignedIn }: Props) {
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [spent, setSpent] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => passwordRef.current?.focus(), []);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (submitting) return;
    if (password.length < MIN_PASSWORD_LENGTH) return setError(`Use at least ${MIN_PASSWORD_LENGTH} characters for your password.`);
    if (password !== confirm) return setError("The two passwords do not match.");
    setSubmitting(true);
    setError(null);
    try {
      onSignedIn(await completePasswordReset(token, password));
    } catch (err) {
      setSpent(err instanceof ApiError && err.status === 403);
      setError(err);
      setSubmitting(false);
    }
  };

  return (
    <main class="auth">
      <section class="card auth-card" aria-labelledby="reset-title">
        <p class="brand">Parley</p>
        <h1 id="reset-title">Choose a new password</h1>
        {spent ? (
          <>
            <p>This link has expired or was already used.</p>
            <a class="button button-block" href="#/inbox">
              Go to sign in
            </a>
          </>
        ) : (
          <form class="stack" onSubmit={submit} noValidate>
            <ErrorAlert error={error} />
            <Field
              label="New password"
              type="password"
              name="new-password"
              autocomplete="new-password"
              required
              minLength={MIN_PASSWORD_LENGTH}
              hint={`At least ${MIN_PASSWORD_LENGTH} characters. Every other session of your account is signed out.`}
              value={password}
              onValue={setPassword}
              inputRef={passwordRef}
            />
            <Field label="Confirm password" type="password" name="confirm-password" autocomplete="new-password" required value={confirm} onValue={setConfirm} />
            <button type="submit" class="button button-primary button-block" disabled={submitting}>
              {submitting ? "Saving…" : "Save and sign in"}
            </button>
          </form>
        )}
      </section>
    </main>
  );
}
