import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("wrangler deploy --dry-run", () => {
  it("bundles the Worker with its bindings and assets, offline", () => {
    const outdir = mkdtempSync(join(tmpdir(), "parley-deploy-"));
    try {
      const result = spawnSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], {
        encoding: "utf8",
        env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1" },
      });
      const output = `${result.stdout}${result.stderr}`;
      expect(result.status, output).toBe(0);
      expect(output).toMatch(/env\.DB/);
      expect(output).toMatch(/env\.ASSETS/);
      expect(output).toContain("--dry-run: exiting now.");
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
