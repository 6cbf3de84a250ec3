import { describe, expect, it } from "vitest";
import { hubName, workspaceOfHub } from "./names.ts";

describe("workspaceOfHub", () => {
  it("reads the workspace back from a hub's name", () => {
    expect(workspaceOfHub(hubName(42))).toBe(42);
  });

  it("refuses names that are not a hub's", () => {
    for (const name of [undefined, "", "42", "workspace:", "workspace:abc", "workspace:-1", "workspace:1.5", "room:42"]) expect(workspaceOfHub(name)).toBeNull();
  });
});
