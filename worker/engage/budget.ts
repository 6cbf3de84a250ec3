// How much one scheduled run (or one workspace's turn in it) may do.
export interface RunBudget {
  pageSize: number;
  /** Deliveries claimed per run: sent inline up to maxInline, the rest handed to the queue. */
  maxDeliveries: number;
  /** Wall-clock milliseconds after which no new page is started. */
  maxMillis: number;
  /** Deliveries the run sends itself (each a Durable Object call or an email); absent: all of them. */
  maxInline?: number;
}

/** Without a queue every claimed delivery is sent inline, so claims stop at what may be sent inline. */
export function claimBudget(budget: RunBudget, queued: boolean): RunBudget {
  return queued ? budget : { ...budget, maxDeliveries: Math.min(budget.maxDeliveries, budget.maxInline ?? budget.maxDeliveries) };
}
