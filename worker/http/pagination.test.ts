import { describe, expect, it } from "vitest";
import { clampPerPage, decodeCursor, encodeCursor, pagesOf } from "./pagination.ts";

const isHexId = (id: string) => /^[0-9a-f]{24}$/.test(id);

describe("encodeCursor and decodeCursor", () => {
  it("round-trips an id", () => {
    const id = "65a1b2c3d4e5f60718293a4b";
    expect(decodeCursor(encodeCursor(id), isHexId)).toBe(id);
  });

  it("refuses cursors it did not issue", () => {
    expect(decodeCursor("not a cursor!", isHexId)).toBeNull();
    expect(decodeCursor(encodeCursor("' OR 1=1 --"), isHexId)).toBeNull();
    expect(decodeCursor("", isHexId)).toBeNull();
  });
});

describe("clampPerPage", () => {
  it("defaults to 50 and stays between 1 and 150", () => {
    expect(clampPerPage(undefined)).toBe(50);
    expect(clampPerPage(0)).toBe(1);
    expect(clampPerPage(1000)).toBe(150);
    expect(clampPerPage(Number.NaN)).toBe(50);
  });
});

describe("pagesOf", () => {
  it("numbers pages from 1 and points at the next one", () => {
    expect(pagesOf({ perPage: 2, before: 2, total: 5, nextAfter: "x" })).toEqual({
      type: "pages",
      page: 2,
      per_page: 2,
      total_pages: 3,
      next: { per_page: 2, starting_after: encodeCursor("x") },
    });
  });

  it("has no next page at the end and one page when empty", () => {
    expect(pagesOf({ perPage: 50, before: 0, total: 0, nextAfter: null })).toMatchObject({ page: 1, total_pages: 1, next: null });
  });
});
