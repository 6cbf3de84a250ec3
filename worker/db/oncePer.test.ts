import { describe, expect, it } from "vitest";
import { oncePer } from "./oncePer.ts";

describe("oncePer", () => {
  it("builds once for each key and hands back the same value after", () => {
    let builds = 0;
    const lengthOf = oncePer((key: { name: string }) => ({ length: key.name.length, build: ++builds }));
    const [a, b] = [{ name: "one" }, { name: "three" }];
    expect(lengthOf(a)).toEqual({ length: 3, build: 1 });
    expect(lengthOf(b)).toEqual({ length: 5, build: 2 });
    expect(lengthOf(a)).toBe(lengthOf(a));
    expect(builds).toBe(2);
  });
});
