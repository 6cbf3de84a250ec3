import type { ListFields } from "../db/listFields.ts";

export interface PendingRow {
  fields: ListFields;
  waiters: (() => void)[];
  /** When the row must be in D1: its first change plus the write-behind delay, sooner if urgent. */
  dueAt: number;
  /** A caller (REST, RPC) waits for this row: it goes before rows that are merely due. */
  urgent: boolean;
}

/**
 * A room's newer row replaces its older one; a late, older row never wins. The row keeps the
 * earliest due time asked for, so a busy conversation is still written within the delay.
 */
export function mergePending(pending: Map<number, PendingRow>, conversationId: number, change: { fields: ListFields; dueAt: number; urgent: boolean }, waiter: () => void): void {
  const entry = pending.get(conversationId);
  const fields = !entry || change.fields.lastSeq >= entry.fields.lastSeq ? change.fields : entry.fields;
  pending.set(conversationId, {
    fields,
    waiters: [...(entry?.waiters ?? []), waiter],
    dueAt: Math.min(change.dueAt, entry?.dueAt ?? change.dueAt),
    urgent: change.urgent || (entry?.urgent ?? false),
  });
}

/**
 * The rows to write now: every due row, most overdue first, at most `max` — D1 gets a steady
 * trickle of small transactions instead of one long one that would hold up the thread.
 */
export function dueRows(pending: ReadonlyMap<number, PendingRow>, now: number, max: number): number[] {
  // Called every tick over rows that are mostly not due yet: copy only the due ones.
  const due: [number, PendingRow][] = [];
  for (const entry of pending) if (entry[1].dueAt <= now) due.push(entry);
  return due
    .sort((a, b) => Number(b[1].urgent) - Number(a[1].urgent) || a[1].dueAt - b[1].dueAt)
    .slice(0, max)
    .map(([id]) => id);
}

/** Teams whose queue may move after a batch: one of their conversations stopped being open. */
export function freedTeams(rows: readonly { state: string; teamAssigneeId: number | null }[]): number[] {
  return [...new Set(rows.flatMap((r) => (r.state !== "open" && r.teamAssigneeId !== null ? [r.teamAssigneeId] : [])))];
}
