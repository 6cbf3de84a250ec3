import type { ListFields } from "../db/listFields.ts";

export interface PendingRow {
  fields: ListFields;
  waiters: (() => void)[];
}

/** A room's newer row replaces its older one in the batch; a late, older row never wins. */
export function mergePending(pending: Map<number, PendingRow>, conversationId: number, fields: ListFields, waiter: () => void): void {
  const entry = pending.get(conversationId);
  const newest = !entry || fields.lastSeq >= entry.fields.lastSeq ? fields : entry.fields;
  pending.set(conversationId, { fields: newest, waiters: [...(entry?.waiters ?? []), waiter] });
}

/** Teams whose queue may move after a batch: one of their conversations stopped being open. */
export function freedTeams(rows: readonly { state: string; teamAssigneeId: number | null }[]): number[] {
  return [...new Set(rows.flatMap((r) => (r.state !== "open" && r.teamAssigneeId !== null ? [r.teamAssigneeId] : [])))];
}
