import type { Session } from "../lib/session.ts";
export function RoutingRules({ session }: { session: Session }) {
  return <p>{session.admin.name}</p>;
}
