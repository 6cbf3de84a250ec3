import { describe, expect, it } from "vitest";
import { publicSiteUrl } from "./siteConfig.ts";

describe("publicSiteUrl", () => {
  it("takes PARLEY_PUBLIC_URL over content/site.yaml's url when it is an http(s) address", () => {
    expect(publicSiteUrl("http://127.0.0.1:8787", "https://help.example.com/")).toBe("https://help.example.com/");
    expect(publicSiteUrl("http://127.0.0.1:8787", " http://localhost:9000 ")).toBe("http://localhost:9000");
  });

  it("keeps the configured url when the variable is unset, empty or not a web address", () => {
    expect(publicSiteUrl("http://127.0.0.1:8787", undefined)).toBe("http://127.0.0.1:8787");
    expect(publicSiteUrl("http://127.0.0.1:8787", "")).toBe("http://127.0.0.1:8787");
    expect(publicSiteUrl("http://127.0.0.1:8787", "help.example.com")).toBe("http://127.0.0.1:8787");
  });
});
