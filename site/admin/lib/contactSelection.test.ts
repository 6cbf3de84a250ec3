import { describe, expect, it } from "vitest";
import { NOTHING, headerState, isPicked, messageAudience, pickedCount, selectionOf, toggleLoaded, toggleRow, type Picked } from "./contactSelection.ts";
import { checkDraft } from "./rules.ts";

const loaded = ["a", "b", "c"];
const filter = { rules: null, query: "ada" };
const ids = (...list: string[]): Picked => ({ kind: "ids", ids: new Set(list) });

describe("toggleRow", () => {
  it("picks and unpicks one row", () => {
    const one = toggleRow(NOTHING, "a", loaded);
    expect(isPicked(one, "a")).toBe(true);
    expect(isPicked(toggleRow(one, "a", loaded), "a")).toBe(false);
  });

  it("turns all matching into the loaded rows but the one unticked", () => {
    const rest = toggleRow({ kind: "all" }, "b", loaded);
    expect(selectionOf(rest, filter)).toEqual({ ids: ["a", "c"] });
  });
});

describe("headerState", () => {
  it("says none, some or all of the loaded rows", () => {
    expect(headerState(NOTHING, loaded)).toBe("none");
    expect(headerState(ids("a"), loaded)).toBe("some");
    expect(headerState(ids("a", "b", "c"), loaded)).toBe("all");
    expect(headerState({ kind: "all" }, loaded)).toBe("all");
  });
});

describe("toggleLoaded", () => {
  it("picks every loaded row, then nothing", () => {
    const every = toggleLoaded(ids("a"), loaded);
    expect(headerState(every, loaded)).toBe("all");
    expect(toggleLoaded(every, loaded)).toEqual(NOTHING);
    expect(toggleLoaded({ kind: "all" }, loaded)).toEqual(NOTHING);
  });
});

describe("pickedCount", () => {
  it("counts every match for all matching and the rows otherwise", () => {
    expect(pickedCount({ kind: "all" }, 1234)).toBe(1234);
    expect(pickedCount(ids("a", "b"), 1234)).toBe(2);
  });
});

describe("selectionOf", () => {
  it("sends the filter for all matching, the ids otherwise, and nothing when empty", () => {
    expect(selectionOf({ kind: "all" }, filter)).toEqual({ filter });
    expect(selectionOf(ids("a"), filter)).toEqual({ ids: ["a"] });
    expect(selectionOf(NOTHING, filter)).toBeNull();
  });
});

describe("messageAudience", () => {
  it("addresses the picked ids, or everyone matching the filter as rules the compose can edit", () => {
    expect(messageAudience(ids("a", "b"), filter)).toEqual({ contactIds: ["a", "b"] });
    const all = messageAudience({ kind: "all" }, { rules: { field: "role", operator: "=", value: "lead" }, query: "ada" });
    if (!("rules" in all)) throw new Error("expected rules");
    const checked = checkDraft(all.rules);
    expect(checked.ok && JSON.stringify(checked.rule)).toContain('"value":"lead"');
    expect(checked.ok && JSON.stringify(checked.rule)).toContain('"value":"ada"');
  });

  it("addresses everyone when no filter is set", () => {
    const all = messageAudience({ kind: "all" }, { rules: null, query: "" });
    expect("rules" in all && checkDraft(all.rules).ok).toBe(true);
  });
});
