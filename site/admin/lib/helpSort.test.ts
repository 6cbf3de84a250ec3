import { describe, expect, it } from "vitest";
import { nextSort, sortRows } from "./helpSort.ts";

const rows = [
  { title: "beta", views: 5 },
  { title: "Alpha", views: 5 },
  { title: "gamma", views: 9 },
];

describe("sortRows", () => {
  it("sorts numbers and breaks ties by the given text column", () => {
    expect(sortRows(rows, { key: "views", direction: "descending" }, "title").map((r) => r.title)).toEqual(["gamma", "Alpha", "beta"]);
    expect(sortRows(rows, { key: "views", direction: "ascending" }, "title").map((r) => r.title)).toEqual(["Alpha", "beta", "gamma"]);
  });

  it("sorts text without regard to case", () => {
    expect(sortRows(rows, { key: "title", direction: "ascending" }, "title").map((r) => r.title)).toEqual(["Alpha", "beta", "gamma"]);
  });

  it("leaves the input untouched", () => {
    sortRows(rows, { key: "views", direction: "descending" }, "title");
    expect(rows[0]?.title).toBe("beta");
  });
});

describe("nextSort", () => {
  it("flips the current column and starts others in their natural direction", () => {
    expect(nextSort({ key: "views", direction: "descending" }, "views", true)).toEqual({ key: "views", direction: "ascending" });
    expect(nextSort({ key: "views", direction: "descending" }, "title", false)).toEqual({ key: "title", direction: "ascending" });
    expect(nextSort({ key: "title", direction: "ascending" }, "sad", true)).toEqual({ key: "sad", direction: "descending" });
  });
});
