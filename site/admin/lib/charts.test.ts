import { describe, expect, it } from "vitest";
import { bands, labelEvery, linePath, linearScale, niceTicks } from "./charts.ts";

describe("niceTicks", () => {
  it("uses round steps that reach the maximum", () => {
    expect(niceTicks(37)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(8)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(1000)).toEqual([0, 500, 1000]);
  });

  it("never labels fractions of a conversation and copes with no data", () => {
    expect(niceTicks(2)).toEqual([0, 1, 2]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(Number.NaN)).toEqual([0, 1]);
  });
});

describe("linearScale", () => {
  it("maps zero and the maximum onto the ends of the range", () => {
    const y = linearScale(40, 200, 0);
    expect([y(0), y(20), y(40)]).toEqual([200, 100, 0]);
    expect(linearScale(0, 100, 0)(0)).toBe(100);
  });
});

describe("bands", () => {
  it("splits the width into equal, padded bands", () => {
    expect(bands(2, 100, 0.2)).toEqual([
      { x: 5, width: 40, center: 25 },
      { x: 55, width: 40, center: 75 },
    ]);
    expect(bands(0, 100)).toEqual([]);
  });
});

describe("linePath", () => {
  it("moves to the first point and draws lines to the rest", () => {
    expect(linePath([[0, 10], [5.55, 2.04]])).toBe("M0 10 L5.6 2");
    expect(linePath([])).toBe("");
  });
});

describe("labelEvery", () => {
  it("thins labels so at most the given number show", () => {
    expect(labelEvery(30, 8)).toBe(4);
    expect(labelEvery(7, 8)).toBe(1);
  });
});
