import { describe, expect, it } from "vitest";
import { renderBar } from "./progress.ts";

describe("renderBar", () => {
  it("fills the bar in proportion and prints the counts", () => {
    expect(renderBar("contacts", 5, 20, 8)).toBe("contacts [##------] 5/20 (25%)");
  });

  it("prints a count alone when the total is unknown, and never overfills", () => {
    expect(renderBar("notes", 3, null)).toBe("notes: 3");
    expect(renderBar("x", 30, 20, 4)).toBe("x [####] 30/20 (100%)");
  });
});
