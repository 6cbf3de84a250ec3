import { bodyProblem, MAX_PART_BYTES } from "../../shared/protocol.ts";
import type { NewPart, Routed } from "../durable/types.ts";

const ROUTER = { type: "bot", id: "routing" } as const;

/** Why a part cannot be stored, if it cannot: messages and notes need text within the limit. */
export function partProblem(part: NewPart): { code: "too_large" | "invalid_frame"; message: string } | null {
  if (part.partType !== "comment" && part.partType !== "note") return null;
  const problem = bodyProblem(part.body);
  if (problem === "too_large") return { code: "too_large", message: `Messages are limited to ${MAX_PART_BYTES / 1024} KB of text.` };
  // A message may be only files.
  if (problem === "empty" && !part.attachments?.length && !part.uploads?.length) return { code: "invalid_frame", message: "A message needs some text." };
  return null;
}

/** The assignment parts a routing answer becomes: the team, then the admin when one was picked. */
export function routedParts(routed: Routed, now: number): NewPart[] {
  const team: NewPart = {
    clientId: `route-team-${routed.rule.id}`, partType: "assignment", author: { ...ROUTER, name: `Rule: ${routed.rule.name}` }, body: "", createdAt: now,
    assignedTo: { type: "team", id: String(routed.team.id), name: routed.team.name },
  };
  if (!routed.admin) return [team];
  const admin: NewPart = {
    clientId: `route-admin-${routed.team.id}-${routed.admin.id}-${now}`, partType: "assignment", author: { ...ROUTER, name: "Routing rules" }, body: "", createdAt: now,
    assignedTo: { type: "admin", id: String(routed.admin.id), name: routed.admin.name },
  };
  return [team, admin];
}
