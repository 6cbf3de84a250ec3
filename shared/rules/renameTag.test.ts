import { describe, expect, it } from "vitest";
import { parseRule } from "./parse.ts";
import { renameTagInRule } from "./renameTag.ts";
import type { Rule } from "./types.ts";

function rule(input: unknown): Rule {
  const result = parseRule(input);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("; "));
  return result.rule;
}

describe("renameTagInRule", () => {
  it("renames the tag in = and != predicates at any depth", () => {
    const before = rule({
      operator: "AND",
      value: [
        { field: "tag", operator: "=", value: "vip" },
        { operator: "OR", value: [{ field: "tag", operator: "!=", value: "vip" }, { field: "tag", operator: "=", value: "beta" }] },
      ],
    });
    expect(renameTagInRule(before, "vip", "VIP customers")).toEqual(
      rule({
        operator: "AND",
        value: [
          { field: "tag", operator: "=", value: "VIP customers" },
          { operator: "OR", value: [{ field: "tag", operator: "!=", value: "VIP customers" }, { field: "tag", operator: "=", value: "beta" }] },
        ],
      }),
    );
  });

  it("leaves other fields alone, even when their value is the tag's name", () => {
    const before = rule({ operator: "OR", value: [{ field: "name", operator: "=", value: "vip" }, { field: "custom_attributes.tier", operator: "=", value: "vip" }] });
    expect(renameTagInRule(before, "vip", "gold")).toBe(before);
  });

  it("matches the name exactly, as rules do", () => {
    const before = rule({ field: "tag", operator: "=", value: "VIP" });
    expect(renameTagInRule(before, "vip", "gold")).toBe(before);
  });

  it("returns the same rule, untouched, when nothing names the tag", () => {
    const before = rule({ operator: "AND", value: [{ field: "tag", operator: "=", value: "beta" }, { field: "web_sessions", operator: ">", value: 2 }] });
    const copy = structuredClone(before);
    expect(renameTagInRule(before, "vip", "gold")).toBe(before);
    expect(before).toEqual(copy);
  });

  it("does not change the rule it is given", () => {
    const before = rule({ operator: "AND", value: [{ field: "tag", operator: "=", value: "vip" }] });
    const copy = structuredClone(before);
    renameTagInRule(before, "vip", "gold");
    expect(before).toEqual(copy);
  });
});
