import { describe, expect, it } from "vitest";
import { EXAMPLE_AUTO_MESSAGES } from "../../../shared/engage/examples.ts";
import { checkDraft, draftToJson, newGroup, newPredicate, ruleToDraft, withDefaults } from "./rules.ts";

describe("draftToJson", () => {
  it("writes 'signed up less than 1 day ago' as the rule language does", () => {
    const draft = newGroup("AND", [{ ...newPredicate("signed_up_at"), operator: ">", text: "1", timeMode: "days_ago" }]);
    expect(draftToJson(draft)).toEqual({ operator: "AND", value: [{ field: "signed_up_at", operator: ">", value: { days_ago: 1 } }] });
  });

  it("names custom attributes and event counts by their field paths", () => {
    const plan = withDefaults({ ...newPredicate("attribute"), name: "plan", text: "pro" });
    const invites = { ...newPredicate("event"), name: "invited", operator: ">", text: "2" };
    expect(draftToJson(newGroup("OR", [plan, invites]))).toEqual({
      operator: "OR",
      value: [
        { field: "custom_attributes.plan", operator: "=", value: "pro" },
        { field: "event.invited.count", operator: ">", value: 2 },
      ],
    });
  });
});

describe("ruleToDraft", () => {
  it("round-trips each of the brief's auto message rules", () => {
    for (const example of EXAMPLE_AUTO_MESSAGES) expect(draftToJson(ruleToDraft(example.rules))).toEqual(example.rules);
  });
});

describe("checkDraft", () => {
  it("refuses what the API would refuse, with the parser's message", () => {
    const result = checkDraft(newGroup("AND", [{ ...newPredicate("web_sessions"), operator: ">", text: "many" }]));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.join(" ")).toMatch(/rules\.value\[0\]\.value/);
  });

  it("refuses groups nested deeper than three levels", () => {
    const deep = newGroup("AND", [newGroup("OR", [newGroup("AND", [newGroup("OR")])])]);
    expect(checkDraft(deep).ok).toBe(false);
  });
});
