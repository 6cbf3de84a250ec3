import { describe, expect, it } from "vitest";
import type { NewPart } from "../durable/types.ts";
import { partProblem, routedParts } from "./parts.ts";

const part = (partType: NewPart["partType"], body: string): NewPart => ({ clientId: null, partType, author: { type: "admin", id: "1", name: null }, body, createdAt: 0 });

describe("partProblem", () => {
  it("asks messages and notes for text within the limit, and actions for none", () => {
    expect(partProblem(part("comment", "hi"))).toBeNull();
    expect(partProblem(part("note", " "))).toMatchObject({ code: "invalid_frame" });
    expect(partProblem(part("comment", "x".repeat(20_000)))).toMatchObject({ code: "too_large" });
    expect(partProblem(part("close", ""))).toBeNull();
  });
});

describe("routedParts", () => {
  const routed = { rule: { id: 4, name: "Pricing" }, team: { id: 2, name: "Sales" }, admin: null };

  it("assigns the team, by the rule's name", () => {
    const [team, ...rest] = routedParts(routed, 50);
    expect(rest).toEqual([]);
    expect(team).toMatchObject({ partType: "assignment", author: { type: "bot", name: "Rule: Pricing" }, assignedTo: { type: "team", id: "2", name: "Sales" } });
  });

  it("then the admin when routing picked one, each with a client id that makes a retry harmless", () => {
    const parts = routedParts({ ...routed, admin: { id: 9, name: "Ann" } }, 50);
    expect(parts.map((p) => p.assignedTo)).toEqual([{ type: "team", id: "2", name: "Sales" }, { type: "admin", id: "9", name: "Ann" }]);
    expect(new Set(parts.map((p) => p.clientId)).size).toBe(2);
  });
});
