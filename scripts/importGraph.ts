// The repository's import graph, read with regular expressions: TypeScript 7 has no JS API to ask,
// and the project's imports are plain static strings with explicit extensions.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";

/** Repo-relative file → the repo-relative files it imports (types and dynamic imports included). */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

const CODE = /\.(ts|tsx|mts|js|mjs|cjs|astro)$/;
const RESOLVE_SUFFIXES = ["", ".ts", ".tsx", ".mjs", ".js", "/index.ts", "/index.tsx", "/index.js"];

/** Blanks comments out so that code quoted in a comment is not taken for an import. */
export function stripComments(source: string): string {
  let out = "";
  let i = 0;
  let lastSignificant = "";
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === "/" && next === "/") {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (c === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      i = end < 0 ? source.length : end + 2;
      out += " ";
    } else if (c === '"' || c === "'" || c === "`" || (c === "/" && startsRegex(lastSignificant))) {
      const end = literalEnd(source, i);
      out += source.slice(i, end);
      lastSignificant = c;
      i = end;
    } else {
      out += c;
      if (!/\s/.test(c)) lastSignificant = c;
      i++;
    }
  }
  return out;
}

// After these characters a slash opens a regular expression, elsewhere it divides.
const startsRegex = (previous: string): boolean => previous === "" || "(,=:[!&|?{};+-*%<>~^".includes(previous);

function literalEnd(source: string, start: number): number {
  const quote = source[start];
  let inClass = false;
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (quote === "/" && c === "[") inClass = true;
    else if (quote === "/" && c === "]") inClass = false;
    else if (c === quote && !inClass) return i + 1;
    else if (c === "\n" && quote !== "`") return i;
  }
  return source.length;
}

/** Only an Astro component's frontmatter and its script tags hold imports. */
export function astroCode(source: string): string {
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? "";
  const scripts = [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join("\n");
}

const STATIC_FROM = /(?:^|[;}\n])\s*(?:import|export)\b[^;"'`]*?\bfrom\s*["']([^"'\n]+)["']/g;
const SIDE_EFFECT = /(?:^|[;}\n])\s*import\s*["']([^"'\n]+)["']/g;
const DYNAMIC = /\bimport\s*\(\s*["']([^"'\n]+)["']\s*\)/g;

/** Every module specifier in a file: import/export … from, bare imports, import("…") in code and types. */
export function importSpecifiers(code: string): string[] {
  const source = stripComments(code);
  const found = [STATIC_FROM, SIDE_EFFECT, DYNAMIC].flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1]!));
  return [...new Set(found)];
}

/** A relative specifier as a repo-relative path; null for packages and virtual modules. */
export function resolveSpecifier(from: string, specifier: string, exists: (path: string) => boolean): string | null {
  if (!specifier.startsWith("./") && !specifier.startsWith("../")) return null;
  const target = posix.normalize(posix.join(posix.dirname(from), specifier.replace(/\?.*$/, "")));
  const candidates = [...RESOLVE_SUFFIXES.map((suffix) => target + suffix), target.replace(/\.js$/, ".ts")];
  return candidates.find(exists) ?? target;
}

function codeFiles(root: string, folder: string): string[] {
  if (!existsSync(join(root, folder))) return [];
  return readdirSync(join(root, folder), { recursive: true, encoding: "utf8" })
    .map((path) => posix.join(folder, path.split("\\").join("/")))
    .filter((path) => CODE.test(path) && !path.includes("node_modules/"));
}

/** Reads the import graph of every code file under the given top-level folders. */
export function readImportGraph(root: string, folders: readonly string[]): ImportGraph {
  const exists = (path: string) => existsSync(join(root, path)) && CODE.test(path);
  const graph = new Map<string, string[]>();
  for (const file of folders.flatMap((folder) => codeFiles(root, folder)).sort()) {
    const text = readFileSync(join(root, file), "utf8");
    const code = file.endsWith(".astro") ? astroCode(text) : text;
    const targets = importSpecifiers(code).flatMap((specifier) => resolveSpecifier(file, specifier, exists) ?? []);
    graph.set(file, [...new Set(targets)].sort());
  }
  return graph;
}
