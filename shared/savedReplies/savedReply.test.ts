import { describe, expect, it } from "vitest";
import { actionsInRunOrder, savedReplyInput } from "./savedReply.ts";

describe("savedReplyInput", () => {
  it("accepts a reply with one action of each type and trims its name", () => {
    const parsed = savedReplyInput.safeParse({
      name: "  Thanks ",
      body: "Thanks {{contact.name | there}}!",
      actions: [{ type: "close" }, { type: "assign", assignee_type: "team", assignee_id: "4" }, { type: "tag", name: "vip" }],
    });
    expect(parsed.success && parsed.data.name).toBe("Thanks");
  });

  it("defaults to no actions", () => {
    const parsed = savedReplyInput.safeParse({ name: "a", body: "b" });
    expect(parsed.success && parsed.data.actions).toEqual([]);
  });

  it("refuses the same action type twice, an empty body and a malformed assignee", () => {
    expect(savedReplyInput.safeParse({ name: "a", body: "b", actions: [{ type: "close" }, { type: "close" }] }).success).toBe(false);
    expect(savedReplyInput.safeParse({ name: "a", body: "  " }).success).toBe(false);
    expect(savedReplyInput.safeParse({ name: "a", body: "b", actions: [{ type: "assign", assignee_type: "admin", assignee_id: "x" }] }).success).toBe(false);
  });
});

describe("actionsInRunOrder", () => {
  it("runs tag, then assign, then close whatever order they were saved in", () => {
    const order = actionsInRunOrder([{ type: "close" }, { type: "assign", assignee_type: "admin", assignee_id: "1" }, { type: "tag", name: "x" }]).map((a) => a.type);
    expect(order).toEqual(["tag", "assign", "close"]);
  });
});
