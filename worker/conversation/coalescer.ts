/**
 * Coalesces writes of a changing value: while one write is in flight, every change made meanwhile
 * shares the next write instead of queueing one each. `now()` settles after a write that includes
 * the caller's change; `soon()` schedules one within the window and does not wait for it.
 */
export class Coalescer {
  private dirty = false;
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly write: () => Promise<void>,
    private readonly windowMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  now(): Promise<void> {
    this.dirty = true;
    this.running ??= this.drain();
    return this.running;
  }

  soon(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.now().catch(this.onError);
    }, this.windowMs);
  }

  private async drain(): Promise<void> {
    try {
      while (this.dirty) {
        this.dirty = false;
        await this.write();
      }
    } finally {
      this.running = null;
    }
  }
}
