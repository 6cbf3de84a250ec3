import { z } from "zod";
import { intercomArticleSchema, intercomCollectionSchema, type IntercomArticle, type IntercomCollection } from "../../site/help/build/intercomExport.ts";
import { conversationLine, linkLine, noteLine, plainLine } from "./convert.ts";
import { ImportError, type Requester } from "./http.ts";
import { all, itemsOf, walk, type Position } from "./pages.ts";
import type { Progress } from "./progress.ts";
import { clearState, RESOURCES, saveState, type ImportState, type Resource } from "./state.ts";
import { postLines, type ImportResult } from "./target.ts";
import { writeArticles } from "./writeArticles.ts";

// One `import:intercom --from` run: admins (matched by email on the server), then tags, companies,
// contacts with their notes and companies, conversations with their parts, each page posted to the
// target and its position saved; then articles into content/. A run stopped anywhere resumes at the
// last saved page.

export interface RunOptions {
  source: Requester;
  target: Requester;
  /** Names the source account for the target's id map. */
  sourceName: string;
  state: ImportState;
  stateFile: string;
  root: string;
  perPage: number;
  force: boolean;
  /** Debugging and tests: stop (as if interrupted) after this many pages were posted. */
  stopAfter: number | null;
  progress: Progress;
}

export class Stopped extends Error {}

const withId = z.looseObject({ id: z.union([z.string(), z.number()]).transform(String) });

export async function runImport(o: RunOptions): Promise<{ refused: number }> {
  let posted = 0;
  let refused = 0;
  const { state, progress } = o;
  const post = async (lines: object[]) => {
    const result = await postLines(o.target, o.sourceName, lines);
    report(result);
    return result;
  };
  const report = (result: ImportResult) => {
    refused += result.error_count;
    for (const e of result.errors) progress.say(`  refused: ${e.type} (line ${e.line} of its page): ${e.message}`);
    if (result.error_count > result.errors.length) progress.say(`  … and ${result.error_count - result.errors.length} more refused`);
  };
  /** After a page is in: remember where the list resumes, and honour --stop-after. */
  const pageDone = (resource: Resource, next: Position | null, items: number) => {
    state.counts[resource] = (state.counts[resource] ?? 0) + items;
    if (next) state.at[resource] = next;
    saveState(o.stateFile, state);
    posted++;
    if (o.stopAfter !== null && posted >= o.stopAfter) throw new Stopped(`stopped after ${posted} page${posted === 1 ? "" : "s"} (--stop-after); run the same command again to resume.`);
  };
  const finish = (resource: Resource) => {
    state.done.push(resource);
    delete state.at[resource];
    saveState(o.stateFile, state);
  };

  const admins = itemsOf(await o.source.get("/admins"), "admins").flatMap((a) => plainLine("admin", a) ?? []);
  await post(admins);

  const steps: Record<Resource, () => Promise<void>> = {
    async tags() {
      const tags = itemsOf(await o.source.get("/tags"), "data").flatMap((t) => plainLine("tag", t) ?? []);
      await post(tags);
      progress.step("tags", tags.length, tags.length);
      pageDone("tags", null, tags.length);
    },
    async companies() {
      let seen = false;
      for await (const page of walk(o.source, "/companies", "data", o.perPage, state.at.companies)) {
        seen = true;
        await post(page.items.flatMap((c) => plainLine("company", c) ?? []));
        progress.step("companies", (state.counts.companies ?? 0) + page.items.length, page.total);
        pageDone("companies", page.next, page.items.length);
      }
      if (!seen) {
        state.noCompanies = true;
        progress.say(`note: the source has no /companies (404): companies and contacts' companies skipped.`);
      }
    },
    async contacts() {
      for await (const page of walk(o.source, "/contacts", "data", o.perPage, state.at.contacts)) {
        const lines: object[] = [];
        const later: object[] = [];
        for (const item of page.items) {
          const contact = withId.safeParse(item);
          if (!contact.success) continue;
          const id = contact.data.id;
          lines.push({ ...contact.data, type: "contact" });
          const notes = (await all(o.source, `/contacts/${encodeURIComponent(id)}/notes`, "data", o.perPage)) ?? [];
          later.push(...notes.flatMap((n) => noteLine(n, id) ?? []));
          if (!state.noCompanies) {
            const companies = await o.source.get(`/contacts/${encodeURIComponent(id)}/companies`);
            later.push(...itemsOf(companies, "data").flatMap((c) => linkLine(id, c) ?? []));
          }
        }
        await post([...lines, ...later]);
        progress.step("contacts", (state.counts.contacts ?? 0) + page.items.length, page.total);
        pageDone("contacts", page.next, page.items.length);
      }
    },
    async conversations() {
      const skipped = new Map<string, number>();
      for await (const page of walk(o.source, "/conversations", "conversations", o.perPage, state.at.conversations)) {
        const lines: object[] = [];
        for (const item of page.items) {
          const listed = withId.safeParse(item);
          if (!listed.success) continue;
          const whole = await o.source.get(`/conversations/${encodeURIComponent(listed.data.id)}`);
          const converted = conversationLine(whole);
          if (!converted.line) progress.say(`  conversation ${listed.data.id} left out: ${converted.problem}`);
          else lines.push(converted.line);
          for (const type of converted.skipped) skipped.set(type, (skipped.get(type) ?? 0) + 1);
        }
        await post(lines);
        progress.step("conversations", (state.counts.conversations ?? 0) + page.items.length, page.total);
        pageDone("conversations", page.next, page.items.length);
      }
      if (skipped.size > 0) progress.say(`note: parts Parley has no type for were left out: ${[...skipped].map(([t, n]) => `${n} ${t}`).join(", ")}.`);
    },
    async articles() {
      const collections = ((await all(o.source, "/help_center/collections", "data", o.perPage)) ?? []).flatMap((c) => parsed(intercomCollectionSchema, c));
      const articles: IntercomArticle[] = [];
      for await (const page of walk(o.source, "/articles", "data", o.perPage, { page: 1 })) {
        articles.push(...page.items.flatMap((a) => parsed(intercomArticleSchema, a)));
        progress.step("articles", articles.length, page.total);
      }
      const written = writeArticles(o.root, { collections, articles }, o.force);
      if ("error" in written) throw new ImportError(`articles: ${written.error}`);
      progress.say(`articles: ${written.written} of ${articles.length} written under ${o.root}/content, ${written.collections} collections added`);
      for (const note of written.notes) progress.say(`  note: ${note}`);
    },
  };

  for (const resource of RESOURCES) {
    if (state.done.includes(resource)) continue;
    await steps[resource]();
    finish(resource);
  }
  clearState(o.stateFile);
  return { refused };
}

function parsed<T extends IntercomArticle | IntercomCollection>(schema: z.ZodType<T>, value: unknown): T[] {
  const result = schema.safeParse(value);
  return result.success ? [result.data] : [];
}
