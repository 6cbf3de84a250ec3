import { describe, expect, it } from "vitest";
import { astroCode, importSpecifiers, resolveSpecifier, stripComments } from "./importGraph.ts";

describe("importSpecifiers", () => {
  it("finds static, type, re-export and side-effect imports", () => {
    const code = [
      'import { a } from "./a.ts";',
      'import type { B } from "../b.ts";',
      "import {\n  c,\n  type C,\n} from './c.ts';",
      'export * from "./d.ts";',
      'export { e } from "./e.ts";',
      'import "./f.css";',
    ].join("\n");
    expect(importSpecifiers(code)).toEqual(["./a.ts", "../b.ts", "./c.ts", "./d.ts", "./e.ts", "./f.css"]);
  });

  it("finds dynamic imports and import types", () => {
    const code = 'const m = await import("./lazy.ts");\nlet x: typeof import("./index.ts");\ntype Y = import("./y.ts").Y;';
    expect(importSpecifiers(code)).toEqual(["./lazy.ts", "./index.ts", "./y.ts"]);
  });

  it("ignores imports quoted in comments and strings", () => {
    const code = '// import { a } from "./a.ts";\n/* import("./b.ts") */\nconst s = "import x from \'./c.ts\'";\nconst url = "https://x.org"; // import("./d.ts")';
    expect(importSpecifiers(code)).toEqual([]);
  });

  it("is not misled by a quote inside a regular expression", () => {
    const code = 'const q = /["\']/g;\nimport { a } from "./a.ts";';
    expect(importSpecifiers(code)).toEqual(["./a.ts"]);
  });
});

describe("stripComments", () => {
  it("keeps string contents that look like comments", () => {
    expect(stripComments('const u = "http://x"; // gone')).toBe('const u = "http://x"; ');
  });
});

describe("astroCode", () => {
  it("keeps the frontmatter and script tags of a component", () => {
    const source = '---\nimport Page from "../layouts/Page.astro";\n---\n<p>don\'t</p>\n<script>import { go } from "../client/go.ts";</script>';
    expect(importSpecifiers(astroCode(source))).toEqual(["../layouts/Page.astro", "../client/go.ts"]);
  });
});

describe("resolveSpecifier", () => {
  const files = new Set(["worker/db/client.ts", "site/admin/app.tsx", "shared/rules/index.ts"]);
  const exists = (path: string) => files.has(path);

  it("resolves relative paths against the importing file", () => {
    expect(resolveSpecifier("worker/api/x.ts", "../db/client.ts", exists)).toBe("worker/db/client.ts");
  });

  it("adds a missing extension or index file", () => {
    expect(resolveSpecifier("site/admin/main.ts", "./app", exists)).toBe("site/admin/app.tsx");
    expect(resolveSpecifier("site/admin/main.ts", "../../shared/rules", exists)).toBe("shared/rules/index.ts");
  });

  it("ignores packages and virtual modules", () => {
    expect(resolveSpecifier("worker/env.ts", "cloudflare:test", exists)).toBeNull();
    expect(resolveSpecifier("worker/env.ts", "zod", exists)).toBeNull();
  });
});
