import { describe, expect, it } from "vitest";
import { contactPrefix, conversationPrefix, keyOfPath, keysOf, mayAttach, newKey, pathOf } from "./attachmentKeys.ts";

const CONTACT = "0123456789abcdef01234567";
const OTHER = "fedcba9876543210fedcba98";
const scope = { workspaceId: 3, conversationId: 7, contactId: CONTACT };

describe("pathOf and keyOfPath", () => {
  it("round-trip a key through its served path, whatever the name", () => {
    const key = newKey(conversationPrefix(3, 7));
    expect(keyOfPath(pathOf(key, "my photo/?.png"))).toBe(key);
  });

  it("find no key in other paths", () => {
    expect(keyOfPath("/attachments/3/c7/../secret/x")).toBeNull();
    expect(keyOfPath("https://example.com/attachments/3/c7/00/x")).toBeNull();
    expect(keyOfPath(`/attachments/3/x7/${"0".repeat(32)}/x`)).toBeNull();
  });
});

describe("mayAttach", () => {
  it("allows files uploaded into this conversation, by anyone", () => {
    const key = newKey(conversationPrefix(3, 7));
    expect(mayAttach(key, scope, "user")).toBe(true);
    expect(mayAttach(key, scope, "admin")).toBe(true);
  });

  it("refuses files of another conversation or another workspace", () => {
    expect(mayAttach(newKey(conversationPrefix(3, 8)), scope, "admin")).toBe(false);
    expect(mayAttach(newKey(conversationPrefix(4, 7)), scope, "admin")).toBe(false);
    expect(mayAttach(newKey(conversationPrefix(3, 70)), scope, "admin")).toBe(false);
  });

  it("allows the contact's own earlier uploads in the contact's messages only", () => {
    const key = newKey(contactPrefix(3, CONTACT));
    expect(mayAttach(key, scope, "user")).toBe(true);
    expect(mayAttach(key, scope, "admin")).toBe(false);
    expect(mayAttach(newKey(contactPrefix(3, OTHER)), scope, "user")).toBe(false);
  });
});

describe("keysOf", () => {
  it("lists stored files and skips kept links", () => {
    const key = newKey(conversationPrefix(3, 7));
    const file = { type: "upload" as const, name: "a.png", url: pathOf(key, "a.png"), content_type: "image/png", filesize: 1 };
    const link = { type: "upload" as const, name: "b", url: "https://example.com/b", content_type: "application/octet-stream", filesize: 0 };
    expect(keysOf([file, link])).toEqual([key]);
    expect(keysOf(undefined)).toEqual([]);
  });
});
