import { describe, expect, it } from "vitest";
import { ApiError } from "./errors.ts";
import { decodePathPart, rejectMalformedPath } from "./paths.ts";

describe("decodePathPart", () => {
  it("decodes well-formed escapes", () => {
    expect(decodePathPart("ada%40example.com")).toBe("ada@example.com");
  });

  it("answers null for a lone %, a bad hex pair or a cut-off UTF-8 sequence", () => {
    expect(decodePathPart("100%")).toBeNull();
    expect(decodePathPart("%ZZ")).toBeNull();
    expect(decodePathPart("%E0%A4%A")).toBeNull();
  });
});

describe("rejectMalformedPath", () => {
  it("throws a 400 for a malformed path and lets others through", () => {
    expect(rejectMalformedPath({ url: "https://x.example/api/contacts/abc?q=%" })).toBeUndefined();
    const thrown = (() => {
      try {
        rejectMalformedPath({ url: "https://x.example/api/contacts/%E0%A4%A" });
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown instanceof ApiError && thrown.status).toBe(400);
  });
});
