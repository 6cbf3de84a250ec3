import { describe, expect, it } from "vitest";
import { nextPosition, pathAt } from "./pages.ts";

describe("nextPosition", () => {
  it("follows Intercom's cursor", () => {
    const body = { data: [{}], pages: { type: "pages", next: { per_page: 2, starting_after: "abc" } } };
    expect(nextPosition(body, {}, 1)).toEqual({ starting_after: "abc" });
  });

  it("counts page numbers up to total_pages", () => {
    expect(nextPosition({ data: [{}], pages: { page: 1, total_pages: 3, next: "https://api.intercom.io/x?page=2" } }, { page: 1 }, 1)).toEqual({ page: 2 });
    expect(nextPosition({ data: [{}], pages: { page: 3, total_pages: 3, next: null } }, { page: 3 }, 1)).toBeNull();
  });

  it("ends a list on an empty page or a page without pages", () => {
    expect(nextPosition({ data: [], pages: { page: 4, total_pages: 9 } }, { page: 4 }, 0)).toBeNull();
    expect(nextPosition({ type: "list", data: [{}] }, {}, 1)).toBeNull();
  });
});

describe("pathAt", () => {
  it("adds the page size and the position to the query", () => {
    expect(pathAt("/contacts", 50, { starting_after: "a b" })).toBe("/contacts?per_page=50&starting_after=a+b");
    expect(pathAt("/articles?x=1", 10, { page: 2 })).toBe("/articles?x=1&per_page=10&page=2");
  });
});
