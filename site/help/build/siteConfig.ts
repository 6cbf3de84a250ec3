// The help center's brand: one file, content/site.yaml, read by the site, the feeds and the
// content check. Colors are checked for contrast in the browser by Lighthouse, not here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { parseYaml } from "./frontmatter.ts";
import { LOCALE_CODE } from "./locales.ts";
import type { ContentProblem } from "./problems.ts";
import { describeIssue } from "./schema.ts";
import { checkSvg } from "./svgCheck.ts";

export const SITE_CONFIG_FILE = "content/site.yaml";

const color = (field: string) => z.string({ error: `${field} is required` }).regex(/^#[0-9a-fA-F]{6}$/, `${field} must be a color like #4338ca`);
const url = (field: string) => z.url({ error: `${field} must be a full URL` });

export const siteConfigSchema = z.strictObject({
  name: z.string({ error: "name is required" }).min(1),
  brand: z.string({ error: "brand is required" }).min(1),
  tagline: z.string({ error: "tagline is required" }).min(1),
  url: url("url"),
  appId: z.string({ error: "appId is required" }).regex(/^[A-Za-z0-9_-]{1,64}$/, "appId must be a workspace app id"),
  repository: url("repository"),
  branch: z.string().min(1).default("main"),
  logo: z.string({ error: "logo is required" }).regex(/\.svg$/, "logo must be an .svg file in the repository"),
  colors: z.strictObject({ accent: color("colors.accent"), accentDark: color("colors.accentDark") }),
  contact: z.string({ error: "contact is required" }).regex(/^(https?:|mailto:|\/)/, "contact must be a URL, a mailto: address or a path"),
  messenger: z.boolean().default(false),
  // "Edit this article" links to the repository: for a help center written by its readers only.
  editLinks: z.boolean().default(false),
  // CONTRACT §9: the help center's languages, the first being the default (served at the root).
  locales: z
    .array(z.string().regex(LOCALE_CODE, "each locale must be a code like en, fr or pt-BR"), { error: "locales must be a list like [en, fr]" })
    .min(1, "locales must list at least the default language")
    .refine((list) => new Set(list).size === list.length, "locales lists a language twice")
    .default(["en"]),
});
export type SiteConfig = z.output<typeof siteConfigSchema> & { logoSvg: string };

export function readSiteConfig(root: string): { config?: SiteConfig; problems: ContentProblem[] } {
  const file = SITE_CONFIG_FILE;
  let text: string;
  try {
    text = readFileSync(join(root, file), "utf8");
  } catch {
    return { problems: [{ file, message: "is missing; it holds the help center's name, colors, logo and repository" }] };
  }
  const yaml = parseYaml(text, 1);
  if (!yaml.ok) return { problems: [{ file, line: yaml.line, message: yaml.message }] };
  const parsed = siteConfigSchema.safeParse(yaml.data);
  if (!parsed.success) return { problems: [{ file, message: describeIssue(parsed.error).message }] };
  try {
    const logoSvg = readFileSync(join(root, parsed.data.logo), "utf8");
    if (!logoSvg.includes("<svg")) return { problems: [{ file, message: `logo ${parsed.data.logo} is not an SVG image` }] };
    const scripted = checkSvg(logoSvg);
    if (scripted.length > 0) return { problems: scripted.map((f) => ({ file: parsed.data.logo, line: f.line, message: f.message })) };
    return { config: { ...parsed.data, url: publicSiteUrl(parsed.data.url, process.env.PARLEY_PUBLIC_URL), logoSvg }, problems: [] };
  } catch {
    return { problems: [{ file, message: `logo ${parsed.data.logo} does not exist` }] };
  }
}

/**
 * The help center's absolute address (canonical links, sitemap, feeds, the articles API's urls):
 * PARLEY_PUBLIC_URL at build time when it is an http(s) URL, so that one checkout can be built for
 * the address it is deployed at (the same variable the Worker uses for links in emails); else `url`.
 */
export function publicSiteUrl(configured: string, fromEnv: string | undefined): string {
  const candidate = fromEnv?.trim();
  return candidate && /^https?:\/\/[^/]+/.test(candidate) && URL.canParse(candidate) ? candidate : configured;
}

/** Where "Edit this article" leads: the file on the repository's default branch. */
export function editUrl(config: SiteConfig, file: string): string {
  return `${config.repository.replace(/\/$/, "")}/edit/${config.branch}/${file}`;
}
