import { describe, expect, it } from "vitest";
import type { Author, Part } from "../../shared/protocol.ts";
import { assignmentNotices } from "./assignmentNotices.ts";

const ann: Author = { type: "admin", id: "1", name: "Ann" };
const router: Author = { type: "bot", id: "routing", name: "Routing rules" };
const assignment = (seq: number, author: Author, to: Part["assigned_to"]): Part => ({ seq, client_id: null, part_type: "assignment", author, body: "", created_at: 500, assigned_to: to });

describe("assignmentNotices", () => {
  it("names the admin a conversation was given to, by a teammate or by routing", () => {
    const parts = [assignment(1, ann, { type: "admin", id: "2", name: "Bo" }), assignment(2, router, { type: "admin", id: "3", name: null })];
    expect(assignmentNotices(9, parts)).toEqual([
      { conversationId: 9, adminId: 2, byName: "Ann", createdAt: 500 },
      { conversationId: 9, adminId: 3, byName: "Routing rules", createdAt: 500 },
    ]);
  });

  it("says nothing of an admin taking it themselves, of teams, unassigning or other parts", () => {
    const comment: Part = { seq: 4, client_id: null, part_type: "comment", author: ann, body: "x", created_at: 500 };
    const parts = [assignment(1, ann, { type: "admin", id: "1", name: "Ann" }), assignment(2, ann, { type: "team", id: "5", name: "Sales" }), assignment(3, ann, null), comment];
    expect(assignmentNotices(9, parts)).toEqual([]);
  });
});
