import { messageOf } from "../lib/api.ts";

interface Props {
  // An ApiError, any thrown value, or a ready-made message from client-side checks.
  error: unknown;
  // Offered when the failure is likely transient (network, server hiccup).
  onRetry?: () => void;
}

export function ErrorAlert({ error, onRetry }: Props) {
  if (error === null || error === undefined) return null;
  const message = typeof error === "string" ? error : messageOf(error);
  const alert = (
    <p class="alert alert-error" role="alert">
      {message}
    </p>
  );
  if (!onRetry) return alert;
  return (
    <div class="stack-sm">
      {alert}
      <button type="button" class="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
