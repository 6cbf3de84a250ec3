// Checks one article file on its own: where it lives, its frontmatter, its MDX. Links to other
// articles are checked afterwards, once every article is known (see loadContent.ts).
import { ENGLISH_ONLY, splitFileName, type Languages } from "./locales.ts";
import { checkMdx, type MdxLink } from "./mdxCheck.ts";
import { splitFrontmatter } from "./frontmatter.ts";
import { lineOfKey, type ContentProblem } from "./problems.ts";
import { describeIssue, frontmatterSchema, isSlug, type Frontmatter } from "./schema.ts";

export const ARTICLES_DIR = "content/articles";

export interface ArticleSource {
  /** `<collection>/<slug>`: the article's URL path and its id in the API, the same in every language. */
  id: string;
  /** The language of this file: the site's default, or the code in `<slug>.<locale>.mdx`. */
  locale: string;
  collection: string;
  slug: string;
  file: string;
  frontmatter: Frontmatter;
  /** The MDX body with the frontmatter lines blanked, so lines match the file. */
  body: string;
  links: MdxLink[];
}

/** `mdxChecked`: this build already checked the MDX (and links), so only place and frontmatter are read. */
export function checkArticle(
  file: string,
  source: string,
  collections: ReadonlySet<string>,
  mdxChecked = false,
  languages: Languages = ENGLISH_ONLY,
): { article?: ArticleSource; problems: ContentProblem[] } {
  const place = placeOf(file, collections, languages);
  if (typeof place === "string") return { problems: [{ file, message: place }] };
  const split = splitFrontmatter(source);
  if (!split.ok) return { problems: [{ file, line: split.line, message: split.message }] };
  const problems: ContentProblem[] = [];
  const parsed = frontmatterSchema.safeParse(split.data);
  if (!parsed.success) {
    const { message, key } = describeIssue(parsed.error);
    // A missing field has no line of its own; the frontmatter's first line is the place to add it.
    const line = (key === undefined ? undefined : lineOfKey(split.yamlText, key, split.firstLine)) ?? 1;
    problems.push({ file, line, message });
  }
  const mdx = mdxChecked ? { problems: [], links: [] } : checkMdx(split.body);
  problems.push(...mdx.problems.map((p) => ({ file, line: p.line, message: p.message })));
  if (!parsed.success || problems.length > 0) return { problems };
  const article = { id: `${place.collection}/${place.slug}`, ...place, file, frontmatter: parsed.data, body: split.body, links: mdx.links };
  return { article, problems };
}

function placeOf(file: string, collections: ReadonlySet<string>, languages: Languages): { collection: string; slug: string; locale: string } | string {
  const relative = file.startsWith(`${ARTICLES_DIR}/`) ? file.slice(ARTICLES_DIR.length + 1) : file;
  const parts = relative.split("/");
  if (!relative.endsWith(".mdx")) return "only .mdx articles belong in content/articles (images go in site/help/public)";
  if (parts.length !== 2) return "articles live at content/articles/<collection>/<slug>.mdx, one folder deep";
  const [collection = "", name = ""] = parts;
  const { slug, locale } = splitFileName(name);
  if (!isSlug(slug)) return `the file name "${name}" must be lowercase words joined by hyphens, like install-the-messenger.mdx (or install-the-messenger.fr.mdx for a translation)`;
  if (locale === languages.defaultLocale) return `${locale} is the default language, so this article's file is ${slug}.mdx`;
  if (locale !== null && !languages.locales.includes(locale)) return `"${locale}" is not in locales in content/site.yaml (${languages.locales.join(", ")}); add it there or rename the file`;
  if (!collections.has(collection)) return `collection "${collection}" is not in content/collections.yaml`;
  return { collection, slug, locale: locale ?? languages.defaultLocale };
}
