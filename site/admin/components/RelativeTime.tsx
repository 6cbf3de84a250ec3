import { formatAbsolute, formatRelative, toIso } from "../lib/time.ts";

interface Props {
  unix: number | null;
  // What to say when the moment never happened (e.g. a contact never seen).
  empty?: string;
}

export function RelativeTime({ unix, empty = "Never" }: Props) {
  if (unix === null) return <span class="muted">{empty}</span>;
  const absolute = formatAbsolute(unix);
  return (
    <time dateTime={toIso(unix)} title={absolute}>
      {formatRelative(unix)}
    </time>
  );
}
