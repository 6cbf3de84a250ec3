import { describe, expect, it } from "vitest";
import { requestLogFields } from "./errors.ts";

describe("requestLogFields", () => {
  it("logs the route's pattern, never the path's values or its query", () => {
    const fields = requestLogFields({ method: "GET", url: "https://x.example/api/contacts/find_by_external_id/ada@example.com?email=ada@example.com", route: "/api/contacts/find_by_external_id/:external_id" });
    expect(fields).toEqual({ method: "GET", route: "/api/contacts/find_by_external_id/:external_id" });
    expect(JSON.stringify(fields)).not.toContain("ada");
  });

  it("names no path when no route matched", () => {
    expect(JSON.stringify(requestLogFields({ method: "POST", url: "https://x.example/hc/api/searches?q=secret" }))).not.toContain("secret");
  });
});
