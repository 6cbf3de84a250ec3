// The brand logo is inlined into every help-center page, so an SVG that carries script would run
// on each of them: no <script>, no on…= handlers, no javascript:/data: references, no
// <foreignObject> (HTML inside SVG). Findings carry the SVG file's line.
import { scriptScheme } from "./links.ts";

export interface SvgFinding {
  line: number;
  message: string;
}

const RULES: { pattern: RegExp; message: (match: string) => string }[] = [
  { pattern: /<script\b/gi, message: () => "the SVG contains a <script>; logos must be plain drawings" },
  { pattern: /<foreignObject\b/gi, message: () => "the SVG contains <foreignObject> (HTML inside SVG); logos must be plain drawings" },
  { pattern: /\son[a-z]+\s*=/gi, message: (m) => `the SVG has an inline event handler (${m.trim().replace(/\s*=$/, "")}); logos must not run script` },
];

const REFERENCE = /\s(?:xlink:)?href\s*=\s*(["'])(.*?)\1/gi;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function checkSvg(svg: string): SvgFinding[] {
  const findings: SvgFinding[] = [];
  for (const rule of RULES) {
    for (const match of svg.matchAll(rule.pattern)) findings.push({ line: lineAt(svg, match.index), message: rule.message(match[0]) });
  }
  for (const match of svg.matchAll(REFERENCE)) {
    const scheme = scriptScheme(match[2] ?? "");
    if (scheme) findings.push({ line: lineAt(svg, match.index), message: `the SVG links to a ${scheme} URL; logos must not run script` });
  }
  return findings.sort((a, b) => a.line - b.line);
}
