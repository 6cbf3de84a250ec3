// `npm run lint:content`: every check the build makes on content/, in about a second and without
// Astro, for pull requests. One line per problem (`file:line: message`); exits 1 if any.
import { formatProblem } from "../site/help/build/problems.ts";
import { loadContent } from "../site/help/build/loadContent.ts";

const started = performance.now();
const { articles, collections, problems } = loadContent({ root: process.cwd(), drafts: true, base: "/" });
for (const problem of problems) console.error(formatProblem(problem));
const drafts = articles.filter((a) => a.frontmatter.draft).length;
const took = Math.round(performance.now() - started);
if (problems.length > 0) {
  console.error(`lint:content: ${problems.length} problem${problems.length === 1 ? "" : "s"} in content/ (${took} ms)`);
  process.exit(1);
}
console.log(`lint:content: ${articles.length} articles (${drafts} drafts) in ${collections.length} collections, no problems (${took} ms)`);
