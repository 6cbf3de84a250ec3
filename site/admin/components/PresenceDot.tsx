import type { Presence } from "../../../shared/inbox.ts";

export type PresenceKind = "online" | "away" | "offline";

export function presenceKind(p: Presence | undefined): PresenceKind {
  if (!p?.online) return "offline";
  return p.away ? "away" : "online";
}

const LABEL: Record<PresenceKind, string> = { online: "Online", away: "Away", offline: "Offline" };

// Colour is never the only signal: the state is also in the accessible name and tooltip.
export function PresenceDot({ presence }: { presence: Presence | undefined }) {
  const kind = presenceKind(presence);
  return (
    <span class={`presence-dot presence-${kind}`} title={LABEL[kind]}>
      <span class="sr-only">{LABEL[kind]}</span>
    </span>
  );
}
