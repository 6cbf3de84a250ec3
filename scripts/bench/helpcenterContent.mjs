// Synthetic help content for bench:helpcenter: N articles in 10 collections, each a few hundred
// words of varied prose with headings, lists, a table, code, a callout or steps, and links to
// other articles. The same articles are written twice: as Parley content and as Starlight docs.
// One article in 20 is a draft (500 of 10,000), and `translated` of them get a French translation
// beside the original (`<slug>.fr.mdx`, CONTRACT §9), also as Starlight's `fr/` docs.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const COLLECTIONS = ["getting-started", "the-messenger", "inbox", "teams", "engage", "campaigns", "contacts", "rest-api", "billing", "security"];
const WORDS = (
  "messenger inbox article team routing campaign contact visitor widget install verify identity secret token webhook message reply " +
  "assign close snooze search help center draft publish collection workspace admin owner session launcher conversation rule event " +
  "attribute segment audience schedule delivery email template preview report reaction feedback import export language theme color " +
  "mobile browser cookie domain region latency cache index query filter label priority queue status update history account invoice"
).split(" ");

/** Deterministic pseudo-random numbers, so every run builds the same site. */
function random(seed) {
  let state = seed >>> 0 || 1;
  return () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function sentence(next, words) {
  const list = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]);
  const text = list.join(" ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

const paragraph = (next, sentences) => Array.from({ length: sentences }, () => sentence(next, 8 + Math.floor(next() * 10))).join(" ");

export const isDraft = (i) => i % 20 === 7;

/** One run of ten articles in `every` is translated: every collection, drafts included (a draft's translation stays a draft). */
export const isTranslated = (i, every) => every > 0 && Math.floor(i / 10) % every === 0;

export function articleOf(i, total) {
  const next = random(i + 1);
  const collection = COLLECTIONS[i % COLLECTIONS.length];
  // Published articles may link only to published ones (a link to a draft fails the build).
  let other = (i * 7919 + 13) % total;
  while (isDraft(other)) other = (other + 1) % total;
  const link = `/${COLLECTIONS[other % COLLECTIONS.length]}/article-${other}`;
  const title = `${sentence(next, 4).slice(0, -1)} ${i}`;
  const description = `${sentence(next, 10).slice(0, 120)}`;
  const block = i % 2 === 0 ? { kind: "callout", text: paragraph(next, 2) } : { kind: "steps", items: [sentence(next, 6), sentence(next, 7), sentence(next, 5)] };
  const body = [
    paragraph(next, 4),
    `## ${sentence(next, 3).slice(0, -1)}`,
    `${paragraph(next, 3)} See [a related article](${link}) for more.`,
    `- ${sentence(next, 6)}\n- ${sentence(next, 7)}\n- ${sentence(next, 5)}`,
    "| Setting | Meaning |\n|---|---|\n" + `| \`${WORDS[i % WORDS.length]}\` | ${sentence(next, 6)} |\n| \`${WORDS[(i + 3) % WORDS.length]}\` | ${sentence(next, 6)} |`,
    block,
    "```js\n" + `Intercom("update", { plan: "${WORDS[i % WORDS.length]}", seats: ${i % 50} });\n` + "```",
    `## ${sentence(next, 3).slice(0, -1)}`,
    paragraph(next, 5),
  ];
  return { collection, slug: `article-${i}`, title, description, body };
}

function parleyBody(parts) {
  return parts
    .map((p) => (typeof p === "string" ? p : p.kind === "callout" ? `<Callout type="tip">\n${p.text}\n</Callout>` : `<Steps>\n\n${p.items.map((t, n) => `${n + 1}. ${t}`).join("\n")}\n\n</Steps>`))
    .join("\n\n");
}

function starlightBody(parts) {
  const body = parts
    .map((p) => (typeof p === "string" ? p : p.kind === "callout" ? `<Aside type="tip">\n${p.text}\n</Aside>` : `<Steps>\n\n${p.items.map((t, n) => `${n + 1}. ${t}`).join("\n")}\n\n</Steps>`))
    .join("\n\n");
  return `import { Aside, Steps } from "@astrojs/starlight/components";\n\n${body}`;
}

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const yamlString = (text) => JSON.stringify(text);

// Starlight takes `draft: true` too: it leaves the page out of its production build.
const frontmatterOf = (a, draft) => `---\ntitle: ${yamlString(a.title)}\ndescription: ${yamlString(a.description)}\n${draft ? "draft: true\n" : ""}---\n\n`;

/** The French version: the same structure, a French title and opening, links kept (English pages exist). */
function translationOf(a) {
  return { ...a, title: `Guide : ${a.title}`, description: `En français. ${a.description}`.slice(0, 130), body: [`Cette page est la traduction française de l'article.`, ...a.body] };
}

/** Writes both trees; `progress(done)` is called as articles are written. */
export function generate({ parleyRoot, starlightRoot, total, progress, starlightSidebar = "links", translated = 0 }) {
  const every = translated > 0 ? Math.max(1, Math.floor(total / translated)) : 0;
  const site = [
    "name: Bench Help",
    "brand: Bench",
    "tagline: Synthetic articles.",
    "url: https://help.example.com",
    "appId: demo",
    "repository: https://github.com/example/help",
    "logo: content/logo.svg",
    'colors: { accent: "#4338ca", accentDark: "#a5b4fc" }',
    "contact: mailto:help@example.com",
    ...(every > 0 ? ["locales: [en, fr]"] : []),
  ];
  write(join(parleyRoot, "content/site.yaml"), `${site.join("\n")}\n`);
  write(join(parleyRoot, "content/logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8"/></svg>');
  const collections = COLLECTIONS.map((id, n) => `- { id: ${id}, name: ${yamlString(id.replace(/-/g, " "))}, description: "About ${id}.", order: ${n + 1} }`);
  write(join(parleyRoot, "content/collections.yaml"), `${collections.join("\n")}\n`);
  for (let i = 0; i < total; i++) {
    const a = articleOf(i, total);
    const frontmatter = frontmatterOf(a, isDraft(i));
    write(join(parleyRoot, "content/articles", a.collection, `${a.slug}.mdx`), frontmatter + parleyBody(a.body) + "\n");
    if (starlightRoot) write(join(starlightRoot, "src/content/docs", a.collection, `${a.slug}.mdx`), frontmatter + starlightBody(a.body) + "\n");
    if (isTranslated(i, every)) {
      const fr = translationOf(a);
      write(join(parleyRoot, "content/articles", a.collection, `${a.slug}.fr.mdx`), frontmatterOf(fr, isDraft(i)) + parleyBody(fr.body) + "\n");
      if (starlightRoot) write(join(starlightRoot, "src/content/docs/fr", a.collection, `${a.slug}.mdx`), frontmatterOf(fr, isDraft(i)) + starlightBody(fr.body) + "\n");
    }
    if (i % 250 === 0 || i === total - 1) progress(i + 1);
  }
  if (starlightRoot) writeStarlightProject(starlightRoot, starlightSidebar);
}

// "links": one link per collection, like Parley's pages (which link to neighbours, not to every
// article). "full": Starlight's autogenerated groups, which put every article on every page.
function sidebarOf(kind) {
  if (kind === "full") return COLLECTIONS.map((id) => ({ label: id, items: [{ autogenerate: { directory: id } }] }));
  return COLLECTIONS.map((id, n) => ({ label: id, link: `/${id}/article-${n}/` }));
}

function writeStarlightProject(root, sidebar) {
  // Listing the dependencies lets Astro find Starlight and bundle it (resolved from the repository).
  write(join(root, "package.json"), JSON.stringify({ name: "bench-starlight", type: "module", private: true, dependencies: { astro: "*", "@astrojs/starlight": "*" } }));
  const config = [
    'import starlight from "@astrojs/starlight";',
    'import { defineConfig } from "astro/config";',
    "",
    "export default defineConfig({",
    '  site: "https://help.example.com",',
    "  telemetry: false,",
    `  integrations: [starlight({ title: "Bench Help", sidebar: ${JSON.stringify(sidebarOf(sidebar))} })],`,
    "});",
  ];
  write(join(root, "astro.config.mjs"), `${config.join("\n")}\n`);
  const contentConfig = [
    'import { defineCollection } from "astro:content";',
    'import { docsLoader } from "@astrojs/starlight/loaders";',
    'import { docsSchema } from "@astrojs/starlight/schema";',
    "",
    "export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };",
  ];
  write(join(root, "src/content.config.ts"), `${contentConfig.join("\n")}\n`);
  write(join(root, "src/content/docs/index.mdx"), `---\ntitle: Bench Help\ndescription: Synthetic articles.\n---\n\nWelcome.\n`);
}
