import { describe, expect, it } from "vitest";
import { admitSend, SEND_BURST, SEND_WINDOW_MS, sendWait } from "./sendLimit.ts";

const burst = (from: number) => Array.from({ length: SEND_BURST }, (_, i) => from + i);

describe("admitSend", () => {
  it("admits a burst and refuses the next part inside the window", () => {
    let times: number[] = [];
    for (let i = 0; i < SEND_BURST; i++) times = admitSend(times, 1000 + i) ?? [];
    expect(times).toHaveLength(SEND_BURST);
    expect(admitSend(times, 2000)).toBeNull();
    expect(admitSend(times, 1000 + SEND_WINDOW_MS + 1)).not.toBeNull();
  });

  it("counts over a longer window when asked to", () => {
    expect(admitSend(burst(0), SEND_WINDOW_MS + 100, SEND_WINDOW_MS + 500)).toBeNull();
  });
});

describe("sendWait", () => {
  it("is zero while the window has room", () => {
    expect(sendWait([], 0)).toBe(0);
    expect(sendWait(burst(0).slice(1), 50)).toBe(0);
  });

  it("is the time until the oldest send that fills the window leaves it, and then admitSend agrees", () => {
    const times = burst(1000);
    const wait = sendWait(times, 1500);
    expect(wait).toBe(1000 + SEND_WINDOW_MS - 1500);
    expect(admitSend(times, 1500 + wait - 1)).toBeNull();
    expect(admitSend(times, 1500 + wait)).not.toBeNull();
  });

  it("ignores sends that left the window already", () => {
    expect(sendWait([...burst(0), ...burst(5000).slice(1)], SEND_WINDOW_MS + 1000)).toBe(0);
  });
});
