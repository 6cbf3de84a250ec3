import { describe, expect, it } from "vitest";
import { tabTitle } from "./documentTitle.ts";

describe("tabTitle", () => {
  it("leads with the unread count when there is one", () => {
    expect(tabTitle("Inbox", 3)).toBe("(3) Inbox — Parley");
  });

  it("is the page and the product otherwise", () => {
    expect(tabTitle("Contacts", 0)).toBe("Contacts — Parley");
  });
});
