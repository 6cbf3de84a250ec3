import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readImportGraph, type ImportGraph } from "./importGraph.ts";
import { cyclesOf, importCircles, importReport, layerOf, layerViolations, siteReachesWorker, type Layer } from "./importRules.ts";

const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

const layers: Layer[] = [
  { rank: 0, paths: ["shared/"] },
  { rank: 1, paths: ["worker/db/"] },
  { rank: 2, paths: ["worker/api/"] },
  { rank: 2, paths: ["worker/help/"] },
  { rank: 3, paths: ["worker/index.ts"] },
];

describe("layerOf", () => {
  it("finds the unit of a folder or of a single file", () => {
    expect(layerOf("worker/db/client.ts", layers)?.rank).toBe(1);
    expect(layerOf("worker/index.ts", layers)?.rank).toBe(3);
    expect(layerOf("worker/other/x.ts", layers)).toBeNull();
  });
});

describe("layerViolations", () => {
  it("allows imports within a folder and down to a lower rank", () => {
    const graph = graphOf({ "worker/api/a.ts": ["worker/api/b.ts", "worker/db/client.ts", "shared/x.ts"], "worker/index.ts": ["worker/api/a.ts"] });
    expect(layerViolations(graph, layers)).toEqual([]);
  });

  it("reports an upward import", () => {
    const graph = graphOf({ "worker/db/client.ts": ["worker/api/a.ts"] });
    expect(layerViolations(graph, layers)).toEqual([{ from: "worker/db/client.ts", to: "worker/api/a.ts", reason: expect.stringMatching(/^upward/) }]);
  });

  it("reports an import between peers of one rank", () => {
    const graph = graphOf({ "worker/help/h.ts": ["worker/api/a.ts"] });
    expect(layerViolations(graph, layers)).toEqual([{ from: "worker/help/h.ts", to: "worker/api/a.ts", reason: expect.stringMatching(/^sideways/) }]);
  });

  it("reports files in no layer and imports of site/ or scripts/", () => {
    const graph = graphOf({ "worker/other/x.ts": ["worker/db/client.ts"], "shared/y.ts": ["site/admin/app.tsx", "scripts/z.ts"] });
    expect(layerViolations(graph, layers).map((v) => v.reason)).toEqual([
      expect.stringContaining("in no layer"),
      "shared/ never imports site/",
      "shared/ imports only from worker/ and shared/",
    ]);
  });

  it("reports an import from site/ of anything but site/ and shared/", () => {
    const graph = graphOf({ "site/help/build/astroLoader.ts": ["scripts/help/schema.ts", "shared/help/searchTokens.ts", "site/help/build/schema.ts", "worker/help/searchTokens.ts"] });
    expect(layerViolations(graph, layers)).toEqual([
      { from: "site/help/build/astroLoader.ts", to: "scripts/help/schema.ts", reason: "site/ imports only from site/ and shared/" },
      { from: "site/help/build/astroLoader.ts", to: "worker/help/searchTokens.ts", reason: "site/ imports only from site/ and shared/" },
    ]);
  });
});

describe("importCircles", () => {
  it("finds a circle, also within one folder", () => {
    const graph = graphOf({ "worker/api/a.ts": ["worker/api/b.ts"], "worker/api/b.ts": ["worker/api/c.ts"], "worker/api/c.ts": ["worker/api/a.ts"], "worker/api/d.ts": ["worker/api/a.ts"] });
    expect(importCircles(graph)).toEqual([["worker/api/a.ts", "worker/api/b.ts", "worker/api/c.ts"]]);
  });

  it("finds a file that imports itself", () => {
    expect(importCircles(graphOf({ "a.ts": ["a.ts"] }))).toEqual([["a.ts"]]);
  });

  it("finds nothing in a graph without circles", () => {
    expect(importCircles(graphOf({ "a.ts": ["b.ts", "c.ts"], "b.ts": ["c.ts"], "c.ts": [] }))).toEqual([]);
  });
});

describe("cyclesOf", () => {
  it("lists one shortest cycle per member, without repeats", () => {
    const graph = graphOf({ "a.ts": ["b.ts", "c.ts"], "b.ts": ["a.ts"], "c.ts": ["a.ts"] });
    expect(cyclesOf(graph, ["a.ts", "b.ts", "c.ts"])).toEqual([
      ["a.ts", "b.ts", "a.ts"],
      ["c.ts", "a.ts", "c.ts"],
    ]);
  });
});

describe("siteReachesWorker", () => {
  it("reports a path from site/ to worker/ through shared/ or scripts/", () => {
    const graph = graphOf({ "site/a.ts": ["shared/s.ts"], "shared/s.ts": ["scripts/x.ts"], "scripts/x.ts": ["worker/help/t.ts"], "site/b.ts": ["site/c.ts"] });
    expect(siteReachesWorker(graph)).toEqual([["site/a.ts", "shared/s.ts", "scripts/x.ts", "worker/help/t.ts"]]);
  });

  it("reports the help center's build code reaching the Worker's tokenizer", () => {
    const graph = graphOf({ "site/help/content.config.mjs": ["site/help/build/astroLoader.ts"], "site/help/build/astroLoader.ts": ["worker/help/searchTokens.ts"] });
    expect(siteReachesWorker(graph)).toEqual([["site/help/content.config.mjs", "site/help/build/astroLoader.ts", "worker/help/searchTokens.ts"]]);
  });

  it("reports nothing when site/ and worker/ meet only in shared/", () => {
    const graph = graphOf({ "site/help/build/astroLoader.ts": ["shared/help/searchTokens.ts"], "worker/help/search.ts": ["shared/help/searchTokens.ts"], "shared/help/searchTokens.ts": [] });
    expect(siteReachesWorker(graph)).toEqual([]);
  });
});

describe("the repository", () => {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const graph = readImportGraph(root, ["worker", "shared", "site", "scripts"]);

  it("has no import circle, no upward or sideways import, and keeps site/ and worker/ apart", () => {
    expect(importReport(graph)).toEqual([]);
  });

  it("reads the help center's build code under site/, which shares the tokenizer with the Worker through shared/", () => {
    expect(graph.get("site/help/content.config.mjs")).toContain("site/help/build/astroLoader.ts");
    expect(graph.get("site/help/build/astroLoader.ts")).toContain("shared/help/searchTokens.ts");
    expect(graph.get("worker/help/search.ts")).toContain("shared/help/searchTokens.ts");
  });
});
