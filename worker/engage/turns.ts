// A scheduled run shares its budget among workspaces: each gets a fair share first, in turn from
// the one served longest ago, then whatever is left goes to those still unfinished, in the same
// order. One big audience therefore cannot starve the other workspaces.
import type { RunBudget } from "./budget.ts";

export interface WorkspaceTurn {
  workspaceId: number;
  /** When this workspace last had its turn in a run; null for never. */
  servedAt: number | null;
}

/** Never served first, then the longest ago; ties by id. */
export function turnOrder(turns: readonly WorkspaceTurn[]): number[] {
  return [...turns]
    .sort((a, b) => (a.servedAt ?? -Infinity) - (b.servedAt ?? -Infinity) || a.workspaceId - b.workspaceId)
    .map((t) => t.workspaceId);
}

/** One workspace's first-pass share of a run's budget: at least one delivery and one page. */
export function fairShare(budget: RunBudget, workspaces: number): RunBudget {
  const n = Math.max(1, workspaces);
  return { pageSize: budget.pageSize, maxDeliveries: Math.max(1, Math.floor(budget.maxDeliveries / n)), maxMillis: Math.max(1, Math.floor(budget.maxMillis / n)) };
}

/** What is left of a run's budget after some was spent. */
export function remaining(budget: RunBudget, delivered: number, elapsedMs: number): RunBudget {
  return { pageSize: budget.pageSize, maxDeliveries: Math.max(0, budget.maxDeliveries - delivered), maxMillis: Math.max(0, budget.maxMillis - elapsedMs) };
}

/** Nothing left to spend: no delivery or no time. */
export function spent(budget: RunBudget): boolean {
  return budget.maxDeliveries === 0 || budget.maxMillis === 0;
}
