import { describe, expect, it } from "vitest";
import { bodyProblem, MAX_PART_BYTES, parseClientFrame, parseServerFrame, utf8Length } from "./protocol.ts";

describe("parseClientFrame", () => {
  it("accepts each client frame", () => {
    expect(parseClientFrame('{"type":"send","client_id":"c1","body":"hi"}')).toMatchObject({ ok: true });
    expect(parseClientFrame('{"type":"typing"}')).toMatchObject({ ok: true });
    expect(parseClientFrame('{"type":"read","seq":3}')).toMatchObject({ ok: true });
  });

  it("refuses non-JSON, unknown types and missing fields with a message", () => {
    expect(parseClientFrame("not json")).toEqual({ ok: false, message: "Frames are JSON objects." });
    expect(parseClientFrame('{"type":"explode"}')).toMatchObject({ ok: false });
    const missing = parseClientFrame('{"type":"send","body":"x"}');
    expect(missing.ok).toBe(false);
    expect(missing.ok ? "" : missing.message).toContain("client_id");
    expect(parseClientFrame('{"type":"read","seq":-1}')).toMatchObject({ ok: false });
  });
});

describe("bodyProblem", () => {
  it("refuses empty bodies and bodies over 10 KB of UTF-8", () => {
    expect(bodyProblem("  \n")).toBe("empty");
    expect(bodyProblem("a".repeat(MAX_PART_BYTES))).toBeNull();
    expect(bodyProblem("a".repeat(MAX_PART_BYTES + 1))).toBe("too_large");
    expect(bodyProblem("é".repeat(MAX_PART_BYTES / 2 + 1))).toBe("too_large");
  });
});

describe("utf8Length", () => {
  it("counts bytes as UTF-8 does", () => {
    expect(utf8Length("aé€😀")).toBe(1 + 2 + 3 + 4);
  });
});

describe("parseServerFrame", () => {
  it("returns null for frames it does not know", () => {
    expect(parseServerFrame('{"type":"pong"}')).toEqual({ type: "pong" });
    expect(parseServerFrame('{"type":"part"}')).toBeNull();
    expect(parseServerFrame("{")).toBeNull();
  });
});
