import { describe, expect, it } from "vitest";
import { pageWindow } from "./pageNumbers.ts";

describe("pageWindow", () => {
  it("defaults to the first page of fifteen", () => {
    expect(pageWindow(40, undefined, undefined)).toEqual({ page: 1, perPage: 15, totalPages: 3, start: 0, end: 15 });
  });

  it("returns the last, partial page and an empty window past the end", () => {
    expect(pageWindow(40, "3", "15")).toMatchObject({ start: 30, end: 40 });
    expect(pageWindow(40, "9", "15")).toMatchObject({ page: 9, start: 40, end: 40 });
  });

  it("caps per_page and rejects values that are not positive whole numbers", () => {
    expect(pageWindow(1000, "1", "500")?.perPage).toBe(150);
    expect(pageWindow(10, "0", undefined)).toBeNull();
    expect(pageWindow(10, "1", "ten")).toBeNull();
  });

  it("has one page when there is nothing", () => {
    expect(pageWindow(0, undefined, undefined)).toEqual({ page: 1, perPage: 15, totalPages: 1, start: 0, end: 0 });
  });
});
