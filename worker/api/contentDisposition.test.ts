import { describe, expect, it } from "vitest";
import { contentDisposition } from "./contentDisposition.ts";

describe("contentDisposition", () => {
  it("carries a plain name as it is", () => {
    expect(contentDisposition("attachment", "report.pdf")).toBe(`attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`);
  });

  it("keeps quotes, backslashes and non-ASCII out of the plain name and carries them encoded", () => {
    expect(contentDisposition("inline", 'ré"sumé\\.png')).toBe(`inline; filename="r__sum__.png"; filename*=UTF-8''r%C3%A9%22sum%C3%A9%5C.png`);
  });
});
