import { describe, expect, it } from "vitest";
import { EXAMPLE_AUTO_MESSAGES } from "../../../shared/engage/examples.ts";
import { checkDraft, conditionProblem, draftProblems, draftToJson, newGroup, newPredicate, ruleToDraft, withDefaults } from "./rules.ts";

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
  it("refuses what the API would refuse, in words that name the condition", () => {
    const result = checkDraft(newGroup("AND", [newPredicate("name"), { ...newPredicate("web_sessions"), operator: ">", text: "many" }]));
    expect(result).toEqual({ ok: false, errors: ["Condition 2: Value must be a whole number."] });
  });

  it("words the parser's own message, without its JSON path, when no form rule caught it", () => {
    const result = checkDraft(newGroup("AND", [{ ...newPredicate("attribute"), name: "-bad" }]));
    expect(result.ok ? [] : result.errors).toEqual([expect.stringMatching(/^Condition 1: Invalid custom attribute name "-bad"/)]);
  });

  it("refuses groups nested deeper than three levels", () => {
    const deep = newGroup("AND", [newGroup("OR", [newGroup("AND", [newGroup("OR")])])]);
    expect(checkDraft(deep).ok).toBe(false);
  });
});

describe("conditionProblem", () => {
  it("finds nothing wrong before the rule needs a value it lacks", () => {
    expect(conditionProblem({ ...newPredicate("role") })).toBeNull();
    expect(conditionProblem({ ...newPredicate(), text: "3" })).toBeNull();
    expect(conditionProblem({ ...newPredicate("email"), operator: "=", text: "" })).toBeNull();
  });

  it("names the field the admin has to fix", () => {
    expect(conditionProblem(newPredicate())).toBe("Days ago must be a number");
    expect(conditionProblem({ ...newPredicate(), timeMode: "date", text: "" })).toBe("Date must be a date");
    expect(conditionProblem(newPredicate("attribute"))).toBe("Attribute name is required");
    expect(conditionProblem(newPredicate("event"))).toBe("Event name is required");
    expect(conditionProblem({ ...newPredicate("event"), name: "signed-in", text: "1.5" })).toBe("Value must be a whole number");
    expect(conditionProblem({ ...newPredicate("attribute"), name: "seats", attributeType: "number", text: "x" })).toBe("Value must be a number");
    expect(conditionProblem({ ...newPredicate("email"), operator: "~", text: " " })).toBe("Value is required");
  });
});

describe("draftProblems", () => {
  it("numbers conditions across nested groups and flags empty groups", () => {
    const draft = newGroup("AND", [{ ...newPredicate(), text: "1" }, newGroup("OR", [newPredicate("attribute")]), newGroup("OR", [])]);
    expect(draftProblems(draft)).toEqual(["Condition 2: Attribute name is required.", "A group needs at least one condition."]);
  });
});
