// Who in a team takes a conversation: round robin over the admins who are online, not away and
// under the cap of open conversations; nobody means it waits in the team's queue.
export interface Candidate {
  adminId: number;
  online: boolean;
  away: boolean;
  open: number;
}

export function eligible(c: Candidate, cap: number): boolean {
  return c.online && !c.away && c.open < cap;
}

/** The next eligible admin after the last one assigned, in admin-id order, wrapping around. */
export function pickAdmin(candidates: readonly Candidate[], cap: number, lastAssigned: number | null): number | null {
  const ordered = [...candidates].sort((a, b) => a.adminId - b.adminId).filter((c) => eligible(c, cap));
  if (ordered.length === 0) return null;
  const next = lastAssigned === null ? undefined : ordered.find((c) => c.adminId > lastAssigned);
  return (next ?? ordered[0])?.adminId ?? null;
}

/**
 * Hands queued conversations (oldest first) to admins with room to spare, one at a time in
 * round-robin order, until the queue or everyone's capacity runs out.
 */
export function handOut(
  queue: readonly number[],
  candidates: readonly Candidate[],
  cap: number,
  lastAssigned: number | null,
): { assignments: { conversationId: number; adminId: number }[]; lastAssigned: number | null } {
  const load = candidates.map((c) => ({ ...c }));
  const assignments: { conversationId: number; adminId: number }[] = [];
  let last = lastAssigned;
  for (const conversationId of queue) {
    const adminId = pickAdmin(load, cap, last);
    if (adminId === null) break;
    assignments.push({ conversationId, adminId });
    const taken = load.find((c) => c.adminId === adminId);
    if (taken) taken.open++;
    last = adminId;
  }
  return { assignments, lastAssigned: last };
}
