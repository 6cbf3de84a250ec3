import { useEffect, useRef, useState } from "preact/hooks";
import { askPasswordReset } from "../lib/passwordReset.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { Field } from "./Field.tsx";

interface Props {
  initialEmail: string;
  onBack: () => void;
}

// The confirmation reads the same for any email: the form must not tell who has an account.
export function ForgotPassword({ initialEmail, onBack }: Props) {
  const [email, setEmail] = useState(initialEmail);
  const [state, setState] = useState<"editing" | "sending" | "sent">("editing");
  const [error, setError] = useState<unknown>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => emailRef.current?.focus(), []);
  useEffect(() => {
    if (state === "sent") doneRef.current?.focus();
  }, [state]);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (state === "sending") return;
    setState("sending");
    setError(null);
    try {
      await askPasswordReset(email.trim());
      setState("sent");
    } catch (err) {
      setError(err);
      setState("editing");
    }
  };

  return (
    <main class="auth">
      <form class="card auth-card" onSubmit={submit} aria-labelledby="forgot-title">
        <p class="brand">Parley</p>
        <h1 id="forgot-title">Reset your password</h1>
        {state === "sent" ? (
          <p ref={doneRef} tabIndex={-1} role="status">
            If <strong>{email.trim()}</strong> has a Parley account, an email with a link to choose a new password is on its way. The link works once, for an hour.
          </p>
        ) : (
          <>
            <p class="muted">Enter the email you sign in with; we will send you a link to choose a new password.</p>
            <ErrorAlert error={error} />
            <Field label="Email" type="email" name="email" autocomplete="username" required value={email} onValue={setEmail} inputRef={emailRef} />
            <button type="submit" class="button button-primary button-block" disabled={state === "sending"}>
              {state === "sending" ? "Sending…" : "Email me a link"}
            </button>
          </>
        )}
        <button type="button" class="button button-quiet button-block auth-secondary" onClick={onBack}>
          Back to sign in
        </button>
      </form>
    </main>
  );
}
