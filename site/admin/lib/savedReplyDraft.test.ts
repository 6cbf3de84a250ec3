import { describe, expect, it } from "vitest";
import { draftOf, EMPTY_DRAFT, inputOf } from "./savedReplyDraft.ts";

describe("inputOf", () => {
  it("turns the form's fields into the reply and its actions", () => {
    const result = inputOf({ name: " Bye ", body: "Bye {{contact.name | there}}", close: true, assignee: "team:4", tag: " solved " });
    expect(result).toEqual({
      ok: true,
      input: { name: "Bye", body: "Bye {{contact.name | there}}", actions: [{ type: "tag", name: "solved" }, { type: "assign", assignee_type: "team", assignee_id: "4" }, { type: "close" }] },
    });
  });

  it("says what is missing or unknown", () => {
    expect(inputOf({ ...EMPTY_DRAFT, body: "{{order.id}}" })).toEqual({ ok: false, problems: ["Give the reply a name to find it by.", "Unknown placeholder: {{order.id}}."] });
  });
});

describe("draftOf", () => {
  it("fills the form from a saved reply, round-tripping through inputOf", () => {
    const draft = draftOf({
      type: "saved_reply",
      id: "1",
      name: "Bye",
      body: "Bye",
      actions: [{ type: "close" }, { type: "assign", assignee_type: "admin", assignee_id: "3" }],
      created_at: 0,
      updated_at: 0,
    });
    expect(draft).toEqual({ name: "Bye", body: "Bye", close: true, assignee: "admin:3", tag: "" });
    expect(inputOf(draft)).toMatchObject({ ok: true, input: { actions: [{ type: "assign" }, { type: "close" }] } });
  });
});
