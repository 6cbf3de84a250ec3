import { describe, expect, it } from "vitest";
import type { Part } from "../../shared/protocol.ts";
import { contactPrefix, conversationPrefix, newKey, pathOf } from "../durable/attachmentKeys.ts";
import { signUploadReceipt, verifySignedPath } from "../identity/attachmentSig.ts";
import { AttachmentLinks, readUploads } from "./attachments.ts";
import { decideFrame } from "./frames.ts";
import { preview } from "./lifecycle.ts";
import { partProblem } from "./parts.ts";

const KEY = "room-test-key";
const NOW = 1_800_000_000;
const CONTACT = "0123456789abcdef01234567";
const scope = { workspaceId: 1, conversationId: 2, contactId: CONTACT };
const fileKey = newKey(conversationPrefix(1, 2));
const file = { type: "upload" as const, name: "a.png", url: pathOf(fileKey, "a.png"), content_type: "image/png", filesize: 3 };
const link = { type: "upload" as const, name: "b", url: "https://example.com/b", content_type: "application/octet-stream", filesize: 0 };
const aPart = (over: Partial<Part> = {}): Part => ({ seq: 1, client_id: null, part_type: "comment", author: { type: "user", id: CONTACT, name: null }, body: "", created_at: NOW, ...over });

describe("AttachmentLinks", () => {
  it("replaces a prepared file's path with a link that verifies, and leaves kept links alone", async () => {
    const links = new AttachmentLinks(KEY);
    await links.prepare([file, link], NOW);
    const signed = links.sign(aPart({ attachments: [file, link] })).attachments ?? [];
    const url = new URL(signed[0]?.url ?? "", "https://parley.test");
    expect(url.pathname).toBe(file.url);
    expect(await verifySignedPath(KEY, url.pathname, url.searchParams.get("exp"), url.searchParams.get("sig"), NOW)).toBe(true);
    expect(signed[1]).toEqual(link);
  });

  it("signs again only once a kept link has less than an hour left", async () => {
    const links = new AttachmentLinks(KEY);
    await links.prepare([file], NOW);
    const first = links.sign(aPart({ attachments: [file] })).attachments?.[0]?.url;
    await links.prepare([file], NOW + 60);
    expect(links.sign(aPart({ attachments: [file] })).attachments?.[0]?.url).toBe(first);
    await links.prepare([file], NOW + 2 * 3600 + 1);
    expect(links.sign(aPart({ attachments: [file] })).attachments?.[0]?.url).not.toBe(first);
  });

  it("returns a part without files as it is", () => {
    const part = aPart({ body: "hi" });
    expect(new AttachmentLinks(KEY).sign(part)).toBe(part);
  });
});

describe("readUploads", () => {
  const receipt = (key: string) => signUploadReceipt(KEY, { key, name: "a.png", content_type: "image/png", filesize: 3 });

  it("reads receipts of this conversation's files into attachments with unsigned paths", async () => {
    expect(await readUploads(KEY, [await receipt(fileKey)], scope, "admin")).toEqual([file]);
  });

  it("refuses all when one receipt is another conversation's, another contact's or not Parley's", async () => {
    const ours = await receipt(fileKey);
    expect(await readUploads(KEY, [ours, await receipt(newKey(conversationPrefix(1, 3)))], scope, "user")).toBeNull();
    expect(await readUploads(KEY, [await receipt(newKey(contactPrefix(1, "f".repeat(24))))], scope, "user")).toBeNull();
    expect(await readUploads("other-key", [ours], scope, "user")).toBeNull();
  });
});

describe("decideFrame with attachments", () => {
  const visitor = { role: "user" as const, author: { type: "user" as const, id: CONTACT, name: null }, lastTypingAt: undefined, sendTimes: [] };

  it("passes a message of files only on with its receipts, unread", () => {
    const action = decideFrame(visitor, JSON.stringify({ type: "send", client_id: "m1", body: "", attachments: ["r1"] }), NOW * 1000);
    expect(action).toMatchObject({ do: "send", part: { body: "", uploads: ["r1"] } });
  });

  it("refuses more than ten receipts", () => {
    const action = decideFrame(visitor, JSON.stringify({ type: "send", client_id: "m1", body: "x", attachments: Array.from({ length: 11 }, () => "r") }), NOW * 1000);
    expect(action).toMatchObject({ do: "refuse", error: { code: "invalid_frame" } });
  });
});

describe("partProblem with attachments", () => {
  it("accepts a message with files and no text, not one with neither", () => {
    const part = { clientId: null, partType: "comment" as const, author: { type: "admin" as const, id: "1", name: null }, body: " ", createdAt: 0 };
    expect(partProblem({ ...part, attachments: [file] })).toBeNull();
    expect(partProblem(part)).toMatchObject({ code: "invalid_frame" });
  });
});

describe("preview of files", () => {
  it("names the files of a message without text", () => {
    expect(preview(aPart({ attachments: [file, link] }))).toBe("📎 a.png and 1 more");
    expect(preview(aPart({ body: "see", attachments: [file] }))).toBe("see");
  });
});
