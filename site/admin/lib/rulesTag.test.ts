import { describe, expect, it } from "vitest";
import { conditionProblem, draftToJson, newGroup, newPredicate, ruleToDraft } from "./rules.ts";

describe("the rule builder's tag condition", () => {
  it("offers has / has not and writes the rule language's tag field", () => {
    const vip = { ...newPredicate("tag"), text: "vip" };
    expect(vip.operator).toBe("=");
    const rule = { operator: "AND", value: [{ field: "tag", operator: "=", value: "vip" }, { field: "tag", operator: "!=", value: "churned" }] };
    expect(draftToJson(newGroup("AND", [vip, { ...newPredicate("tag"), operator: "!=", text: "churned" }]))).toEqual(rule);
  });

  it("round-trips a stored tag rule and needs a tag name", () => {
    expect(draftToJson(ruleToDraft({ field: "tag", operator: "!=", value: "trial" }))).toEqual({ operator: "AND", value: [{ field: "tag", operator: "!=", value: "trial" }] });
    expect(conditionProblem({ ...newPredicate("tag"), text: "" })).toMatch(/non-empty/);
  });
});
