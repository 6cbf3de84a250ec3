import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Coalescer } from "./coalescer.ts";

function recorder() {
  const writes: number[] = [];
  let value = 0;
  let release: (() => void) | null = null;
  const write = () => {
    writes.push(value);
    return new Promise<void>((resolve) => (release = resolve));
  };
  return { writes, set: (v: number) => (value = v), release: () => release?.(), write };
}

describe("Coalescer", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it("shares one further write among all changes made while a write is in flight", async () => {
    const r = recorder();
    const c = new Coalescer(r.write, 1000, () => {});
    r.set(1);
    const first = c.now();
    r.set(2);
    const second = c.now();
    r.set(3);
    const third = c.now();
    expect(r.writes).toEqual([1]);
    r.release();
    await vi.waitFor(() => expect(r.writes).toEqual([1, 3]));
    r.release();
    await Promise.all([first, second, third]);
    expect(r.writes).toEqual([1, 3]);
  });

  it("writes once per window however many changes ask for one soon", async () => {
    const r = recorder();
    const c = new Coalescer(r.write, 1000, () => {});
    for (let i = 1; i <= 50; i++) {
      r.set(i);
      c.soon();
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(r.writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(r.writes).toEqual([50]);
  });

  it("reports a failed scheduled write instead of leaving it unhandled", async () => {
    const errors: unknown[] = [];
    const c = new Coalescer(() => Promise.reject(new Error("down")), 10, (e) => errors.push(e));
    c.soon();
    await vi.advanceTimersByTimeAsync(20);
    expect(errors).toHaveLength(1);
  });
});
