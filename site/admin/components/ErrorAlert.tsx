import { messageOf } from "../lib/api.ts";

interface Props {
  // An ApiError, any thrown value, or a ready-made message from client-side checks.
  error: unknown;
}

export function ErrorAlert({ error }: Props) {
  if (error === null || error === undefined) return null;
  const message = typeof error === "string" ? error : messageOf(error);
  return (
    <p class="alert alert-error" role="alert">
      {message}
    </p>
  );
}
