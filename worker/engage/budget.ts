// How much one scheduled run (or one workspace's turn in it) may do.
export interface RunBudget {
  pageSize: number;
  /** Deliveries (each a Durable Object call or an email) per run: the subrequest-bound part. */
  maxDeliveries: number;
  /** Wall-clock milliseconds after which no new page is started. */
  maxMillis: number;
}
