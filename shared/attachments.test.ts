import { describe, expect, it } from "vitest";
import { attachmentsPreview, cleanFileName, fileProblem, formatSize, nameOfLink, reportedType, servedType, sniffImageType } from "./attachments.ts";

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "IHDR");
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0]);
const GIF = bytes("GIF89a", [1, 0]);
const WEBP = bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 ");
const HTML = bytes("<!doctype html><script>alert(1)</script>");
const SVG = bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

describe("sniffImageType", () => {
  it("recognises PNG, JPEG, GIF and WebP by their first bytes", () => {
    expect([PNG, JPEG, GIF, WEBP].map(sniffImageType)).toEqual(["image/png", "image/jpeg", "image/gif", "image/webp"]);
  });

  it("recognises nothing in HTML, SVG, a RIFF that is not WebP or too few bytes", () => {
    expect([HTML, SVG, bytes("RIFF", [0, 0, 0, 0], "WAVE"), bytes([0x89, 0x50]), new Uint8Array()].map(sniffImageType)).toEqual([null, null, null, null, null]);
  });
});

describe("servedType", () => {
  it("serves proven images as themselves and everything else as a download", () => {
    expect(servedType(PNG)).toBe("image/png");
    expect(servedType(SVG)).toBe("application/octet-stream");
    expect(servedType(HTML)).toBe("application/octet-stream");
  });
});

describe("reportedType", () => {
  it("reports the sniffed type over what the sender claimed", () => {
    expect(reportedType(PNG, "text/plain")).toBe("image/png");
  });

  it("keeps a well-formed declared type for other files", () => {
    expect(reportedType(bytes("%PDF-1.7"), "Application/PDF; charset=binary")).toBe("application/pdf");
  });

  it("never reports an image type the bytes did not prove, nor a malformed type", () => {
    expect(reportedType(HTML, "image/png")).toBe("application/octet-stream");
    expect(reportedType(SVG, "image/svg+xml")).toBe("application/octet-stream");
    expect(reportedType(HTML, "text html")).toBe("application/octet-stream");
    expect(reportedType(HTML, undefined)).toBe("application/octet-stream");
  });
});

describe("cleanFileName", () => {
  it("keeps the last path segment without control characters or quotes", () => {
    expect(cleanFileName("C:\\Users\\ann\\report.pdf")).toBe("report.pdf");
    expect(cleanFileName('a"b\r\nc.txt')).toBe("a_b__c.txt");
  });

  it("names an empty or dot-only name 'file' and bounds long names", () => {
    expect(cleanFileName("")).toBe("file");
    expect(cleanFileName("..")).toBe("file");
    expect(cleanFileName("x".repeat(500))).toHaveLength(200);
  });
});

describe("nameOfLink", () => {
  it("shows a link's last path segment, decoded, else its host", () => {
    expect(nameOfLink("https://example.com/files/my%20plan.pdf?x=1")).toBe("my plan.pdf");
    expect(nameOfLink("https://example.com/")).toBe("example.com");
  });
});

describe("formatSize", () => {
  it("writes bytes, kilobytes and megabytes the way people read them", () => {
    expect([512, 1536, 10 * 1024 * 1024, 123 * 1024].map(formatSize)).toEqual(["512 B", "1.5 KB", "10 MB", "123 KB"]);
  });
});

describe("fileProblem", () => {
  it("refuses a file over 10 MB with a sentence naming it and allows one at the limit", () => {
    expect(fileProblem({ name: "big.mov", size: 12 * 1024 * 1024 })).toBe("big.mov (12 MB) is over the 10 MB limit for a file.");
    expect(fileProblem({ name: "edge.bin", size: 10 * 1024 * 1024 + 1 })).not.toBeNull();
    expect(fileProblem({ name: "ok.png", size: 10 * 1024 * 1024 })).toBeNull();
  });
});

describe("attachmentsPreview", () => {
  it("names the first file and counts the others", () => {
    expect(attachmentsPreview([{ name: "a.png" }])).toBe("📎 a.png");
    expect(attachmentsPreview([{ name: "a.png" }, { name: "b.pdf" }])).toBe("📎 a.png and 1 more");
    expect(attachmentsPreview([])).toBe("");
  });
});
