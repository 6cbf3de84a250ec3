/**
 * Which topics each workspace's subscriptions take, remembered for a short while per isolate, so
 * that a message in a workspace nobody subscribes to costs one Map lookup and no D1 read. A change
 * made through this isolate forgets the entry at once; other isolates see it within the TTL.
 */
export class TopicCache {
  private readonly entries = new Map<number, { topics: ReadonlySet<string>; until: number }>();

  constructor(private readonly ttlMs: number) {}

  get(workspaceId: number, nowMs: number): ReadonlySet<string> | undefined {
    const entry = this.entries.get(workspaceId);
    if (!entry) return undefined;
    if (entry.until > nowMs) return entry.topics;
    this.entries.delete(workspaceId);
    return undefined;
  }

  set(workspaceId: number, topics: ReadonlySet<string>, nowMs: number): void {
    this.entries.set(workspaceId, { topics, until: nowMs + this.ttlMs });
  }

  forget(workspaceId: number): void {
    this.entries.delete(workspaceId);
  }
}
