import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError } from "../lib/api.ts";
import { MIN_PASSWORD_LENGTH, acceptInvite, lookupInvite, type Session } from "../lib/session.ts";
import { useResource } from "../lib/useResource.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { Field } from "./Field.tsx";

interface Props {
  token: string;
  onSignedIn: (session: Session) => void;
}

function AuthCard({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <div class="auth">
      <section class="card auth-card" aria-labelledby="invite-title">
        <p class="brand">Parley</p>
        <h1 id="invite-title">{title}</h1>
        {children}
      </section>
    </div>
  );
}

export function InviteAccept({ token, onSignedIn }: Props) {
  const [lookup] = useResource((signal) => lookupInvite(token, signal), [token]);
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (lookup.status === "ready") nameRef.current?.focus();
  }, [lookup.status]);

  if (lookup.status === "loading") {
    return (
      <AuthCard title="Checking your invite…">
        <p role="status">One moment.</p>
      </AuthCard>
    );
  }
  if (lookup.status === "error") {
    const gone = lookup.error instanceof ApiError && lookup.error.status === 404;
    return (
      <AuthCard title={gone ? "This invite is no longer valid" : "Could not open this invite"}>
        {gone ? (
          <p>The link has expired or was already used. Ask a workspace owner to send you a new invite.</p>
        ) : (
          <ErrorAlert error={lookup.error} />
        )}
        <a class="button button-block" href="#/inbox">
          Go to sign in
        </a>
      </AuthCard>
    );
  }

  const { email, workspace } = lookup.data;
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (submitting) return;
    if (!name.trim()) return setError("Enter your name so teammates know who you are.");
    if (password.length < MIN_PASSWORD_LENGTH) {
      return setError(`Use at least ${MIN_PASSWORD_LENGTH} characters for your password.`);
    }
    if (password !== confirm) return setError("The two passwords do not match.");
    setSubmitting(true);
    setError(null);
    try {
      onSignedIn(await acceptInvite(token, name.trim(), password));
    } catch (err) {
      setError(err);
      setSubmitting(false);
    }
  };

  return (
    <AuthCard title={`Join ${workspace.name}`}>
      <p class="muted">
        You were invited as <strong>{email}</strong>. Choose your name and a password to finish setting up your account.
      </p>
      {/* noValidate: our own checks report through the alert region, which
          screen readers announce, instead of browser tooltips. */}
      <form class="stack" onSubmit={submit} noValidate>
        {/* Lets password managers file the new password under the right account. */}
        <input type="email" name="email" autocomplete="username" value={email} readOnly hidden />
        <ErrorAlert error={error} />
        <Field
          label="Your name"
          name="name"
          autocomplete="name"
          required
          value={name}
          onValue={setName}
          inputRef={nameRef}
        />
        <Field
          label="Password"
          type="password"
          name="new-password"
          autocomplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          value={password}
          onValue={setPassword}
        />
        <Field
          label="Confirm password"
          type="password"
          name="confirm-password"
          autocomplete="new-password"
          required
          value={confirm}
          onValue={setConfirm}
        />
        <button type="submit" class="button button-primary button-block" disabled={submitting}>
          {submitting ? "Joining…" : `Join ${workspace.name}`}
        </button>
      </form>
    </AuthCard>
  );
}
