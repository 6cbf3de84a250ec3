import { describe, expect, it } from "vitest";
import { decodeFile, withAbsoluteLinks } from "./replyFiles.ts";

describe("decodeFile", () => {
  it("decodes standard and URL-safe base64, ignoring line breaks", () => {
    expect(decodeFile("aGk/\nPz8=", "a")).toEqual(Uint8Array.from([104, 105, 63, 63, 63]));
    expect(decodeFile("aGk_Pz8=", "a")).toEqual(Uint8Array.from([104, 105, 63, 63, 63]));
  });

  it("refuses what is not base64 with parameter_invalid", () => {
    expect(() => decodeFile("not base64!", "a.txt")).toThrow(expect.objectContaining({ code: "parameter_invalid" }));
  });

  it("takes exactly 10 MB and refuses one byte more with request_too_large", () => {
    // 10 MB is 3,495,253 groups of three bytes and one byte more: the last group is padded with "==".
    expect(decodeFile(`${"A".repeat(13_981_014)}==`, "ok").byteLength).toBe(10 * 1024 * 1024);
    expect(() => decodeFile(`${"A".repeat(13_981_014)}A=`, "big")).toThrow(expect.objectContaining({ code: "request_too_large" }));
  });
});

describe("withAbsoluteLinks", () => {
  it("puts stored files on this origin and leaves kept links as they are", () => {
    const part = {
      seq: 1, client_id: null, part_type: "comment" as const, author: { type: "admin" as const, id: "1", name: null }, body: "", created_at: 0,
      attachments: [
        { type: "upload" as const, name: "a", url: "/attachments/1/c2/x/a?exp=1&sig=s", content_type: "image/png", filesize: 1 },
        { type: "upload" as const, name: "b", url: "https://example.com/b", content_type: "application/octet-stream", filesize: 0 },
      ],
    };
    expect(withAbsoluteLinks(part, "https://parley.test").attachments?.map((a) => a.url)).toEqual(["https://parley.test/attachments/1/c2/x/a?exp=1&sig=s", "https://example.com/b"]);
  });
});
