import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { freshState, loadState, saveState } from "./state.ts";

const fileIn = () => join(mkdtempSync(join(tmpdir(), "intercom-state-")), "state.json");

describe("loadState", () => {
  it("resumes a saved run from the same source", () => {
    const file = fileIn();
    saveState(file, { ...freshState("https://api.intercom.io", "api.intercom.io/abc"), done: ["tags", "companies"], at: { contacts: { starting_after: "x" } } });
    const { state, note } = loadState(file, "https://api.intercom.io", "api.intercom.io/abc");
    expect(state.at.contacts).toEqual({ starting_after: "x" });
    expect(note).toMatch(/resuming .*\(tags done, companies done\)/);
  });

  it("starts over when the file belongs to another source or is not a state file", () => {
    const file = fileIn();
    saveState(file, freshState("https://a", "a"));
    expect(loadState(file, "https://b", "b")).toMatchObject({ state: { from: "https://b", done: [] }, note: expect.stringMatching(/belongs to an import from https:\/\/a/) });
    writeFileSync(file, "{");
    expect(loadState(file, "https://b", "b").note).toMatch(/not JSON/);
  });

  it("starts fresh, silently, without a file", () => {
    expect(loadState(fileIn(), "https://a", "a")).toEqual({ state: freshState("https://a", "a"), note: null });
  });
});
