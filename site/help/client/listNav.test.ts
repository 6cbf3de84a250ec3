import { describe, expect, it } from "vitest";
import { nextActive } from "./listNav.ts";

describe("nextActive", () => {
  it("moves down from the input to the first result and wraps at the end", () => {
    expect(nextActive(-1, 3, "ArrowDown")).toBe(0);
    expect(nextActive(1, 3, "ArrowDown")).toBe(2);
    expect(nextActive(2, 3, "ArrowDown")).toBe(0);
  });

  it("moves up and wraps from the top to the last result", () => {
    expect(nextActive(-1, 3, "ArrowUp")).toBe(2);
    expect(nextActive(0, 3, "ArrowUp")).toBe(2);
    expect(nextActive(2, 3, "ArrowUp")).toBe(1);
  });

  it("jumps with Home and End and has nothing to select without results", () => {
    expect(nextActive(1, 4, "Home")).toBe(0);
    expect(nextActive(1, 4, "End")).toBe(3);
    expect(nextActive(2, 0, "ArrowDown")).toBe(-1);
  });

  it("keeps the choice inside the list when the results shrink", () => {
    expect(nextActive(5, 2, "a")).toBe(1);
  });
});
