// `npm run lint:content`: every check the build makes on content/, in about a second and without
// Astro, for pull requests. One line per problem (`file:line: message`); exits 1 if any. Warnings
// (a translation older than its original, a translation's link to a page missing in its language)
// are printed the same way, prefixed "warning:", and do not fail the check.
import { formatProblem } from "../site/help/build/problems.ts";
import { loadContent } from "../site/help/build/loadContent.ts";

const started = performance.now();
const { articles, collections, problems, warnings, languages } = loadContent({ root: process.cwd(), drafts: true, base: "/" });
for (const problem of problems) console.error(formatProblem(problem));
for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
const drafts = articles.filter((a) => a.frontmatter.draft).length;
const translations = articles.filter((a) => a.locale !== languages.defaultLocale).length;
const took = Math.round(performance.now() - started);
if (problems.length > 0) {
  console.error(`lint:content: ${problems.length} problem${problems.length === 1 ? "" : "s"} in content/ (${took} ms)`);
  process.exit(1);
}
const warned = warnings.length === 0 ? "" : `, ${warnings.length} warning${warnings.length === 1 ? "" : "s"}`;
console.log(
  `lint:content: ${articles.length - translations} articles and ${translations} translations (${drafts} drafts) in ${collections.length} collections, ` +
    `languages ${languages.locales.join(", ")}, no problems${warned} (${took} ms)`,
);
