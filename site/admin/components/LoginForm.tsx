import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError } from "../lib/api.ts";
import { login, type Session } from "../lib/session.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { Field } from "./Field.tsx";
import { ForgotPassword } from "./ForgotPassword.tsx";

interface Props {
  onSignedIn: (session: Session) => void;
}

export function LoginForm({ onSignedIn }: Props) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [appId, setAppId] = useState("");
  // The email belongs to several workspaces: the server asks which one.
  const [needsWorkspace, setNeedsWorkspace] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [forgot, setForgot] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const workspaceRef = useRef<HTMLInputElement>(null);

  useEffect(() => emailRef.current?.focus(), [forgot]);
  useEffect(() => {
    if (needsWorkspace) workspaceRef.current?.focus();
  }, [needsWorkspace]);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setError(null);
    try {
      const appIdValue = appId.trim();
      onSignedIn(await login({ email: email.trim(), password, ...(appIdValue ? { appId: appIdValue } : {}) }));
    } catch (err) {
      if (err instanceof ApiError && err.code === "workspace_required") setNeedsWorkspace(true);
      setError(err);
      setSubmitting(false);
    }
  };

  if (forgot) return <ForgotPassword initialEmail={email.trim()} onBack={() => setForgot(false)} />;

  return (
    <main class="auth">
      <form class="card auth-card" onSubmit={submit} aria-labelledby="login-title">
        <p class="brand">Parley</p>
        <h1 id="login-title">Sign in to your workspace</h1>
        <ErrorAlert error={error} />
        <Field
          label="Email"
          type="email"
          name="email"
          autocomplete="username"
          required
          value={email}
          onValue={setEmail}
          inputRef={emailRef}
        />
        <Field
          label="Password"
          type="password"
          name="password"
          autocomplete="current-password"
          required
          value={password}
          onValue={setPassword}
        />
        {needsWorkspace && (
          <Field
            label="Workspace (app id)"
            name="app_id"
            autocomplete="organization"
            required
            hint="Your email belongs to more than one workspace. Enter the app id of the one to open."
            value={appId}
            onValue={setAppId}
            inputRef={workspaceRef}
          />
        )}
        <button type="submit" class="button button-primary button-block" disabled={submitting}>
          {submitting ? "Signing in…" : "Sign in"}
        </button>
        <button type="button" class="button button-quiet button-block auth-secondary" onClick={() => setForgot(true)}>
          Forgot password?
        </button>
      </form>
    </main>
  );
}
