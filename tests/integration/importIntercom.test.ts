import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startDevServer } from "../../scripts/devServer.mjs";

// `npm run import:intercom -- --from URL --token T` against a second Parley (it speaks Intercom's
// shapes, and its ids collide with the target's), into the demo workspace of the e2e server; and
// the export/import npm scripts on it.

const SOURCE_TOKEN = "parley_source_token_0123456789";
type Obj = Record<string, unknown>;

const asObject = (value: unknown): Obj => (typeof value === "object" && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {});
const listOf = (value: unknown): Obj[] => (Array.isArray(value) ? value.map(asObject) : []);

async function rest(base: string, token: string, path: string, body?: unknown): Promise<{ status: number; json: Obj }> {
  const response = await fetch(`${base}/api${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? asObject(JSON.parse(text)) : {} };
}

const target = (path: string, body?: unknown) => rest(inject("baseUrl"), inject("demo").apiToken, path, body);

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: process.cwd(), env: { ...process.env, PARLEY_API_TOKEN: "", PARLEY_URL: "" } });
    let output = "";
    child.stdout.on("data", (d) => (output += d.toString()));
    child.stderr.on("data", (d) => (output += d.toString()));
    child.on("close", (code) => resolve({ code, output }));
  });
}

let source: { url: string; stop: () => Promise<void> } | null = null;
let root = "";
const stamp = Date.now();
const emails = [0, 1, 2, 3, 4].map((i) => `imported-${stamp}-${i}@example.com`);
let companiesServed = false;

/** A second Parley with five contacts, a tag, a note, a company and a conversation of four parts. */
async function seedSource(base: string): Promise<void> {
  const call = async (path: string, body?: unknown) => {
    const answer = await rest(base, SOURCE_TOKEN, path, body);
    if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.json)}`);
    return answer.json;
  };
  const ids: string[] = [];
  for (const [i, email] of emails.entries()) ids.push(String((await call("/contacts", { role: "user", external_id: `imported-${stamp}-${i}`, email, name: `Imported ${i}` })).id));
  const tag = await call("/tags", { name: `imported-${stamp}` });
  await call(`/contacts/${ids[0]}/tags`, { id: tag.id });
  await call(`/contacts/${ids[0]}/notes`, { body: "Prefers email" });
  const company = await rest(base, SOURCE_TOKEN, "/companies", { company_id: `acme-${stamp}`, name: "Acme" });
  companiesServed = company.status === 200;
  if (companiesServed) await call(`/contacts/${ids[0]}/companies`, { id: company.json.id });
  const admin = String((await call("/me")).id);
  const started = await call("/conversations", { from: { type: "user", id: ids[0] }, body: `Where is my parcel ${stamp}?` });
  const conversation = String(started.conversation_id);
  await call(`/conversations/${conversation}/reply`, { type: "admin", message_type: "comment", admin_id: admin, body: "It is on its way" });
  await call(`/conversations/${conversation}/reply`, { type: "admin", message_type: "note", admin_id: admin, body: "Check billing" });
  await call(`/conversations/${conversation}/tags`, { id: tag.id, admin_id: admin });
  await call(`/conversations/${conversation}/parts`, { message_type: "close", admin_id: admin });
}

const importer = (...extra: string[]) =>
  run(process.execPath, [
    "scripts/importIntercom.mjs", "--from", `${source?.url}/api`, "--token", SOURCE_TOKEN, "--to", inject("baseUrl"), "--to-token", inject("demo").apiToken, "--root", root, "--per-page", "2", ...extra,
  ]);

async function contactsByEmail(email: string): Promise<Obj[]> {
  return listOf((await target("/contacts/search", { query: { field: "email", operator: "=", value: email } })).json.data);
}

async function conversationsAbout(text: string): Promise<Obj[]> {
  return listOf((await target("/conversations/search", { query: { field: "source.body", operator: "~", value: text } })).json.conversations);
}

const articleFiles = (): string[] => (existsSync(join(root, "content/articles")) ? readdirSync(join(root, "content/articles"), { recursive: true }).map(String).filter((f) => f.endsWith(".mdx")) : []);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "parley-intercom-import-"));
  const started = await startDevServer({ seed: { PARLEY_API_TOKEN: SOURCE_TOKEN, PARLEY_ADMIN_PASSWORD: "source-password-123", PARLEY_IDENTITY_SECRET: "source-secret" } });
  source = started;
  await seedSource(started.url);
  // A second wrangler dev on a busy 2-core machine takes minutes to answer.
}, 400_000);

afterAll(async () => {
  await source?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("npm run import:intercom -- --from", () => {
  it("imports contacts, tags, notes, companies, a conversation with its parts and articles, resuming after an interruption", async () => {
    const stopped = await importer("--stop-after", "3");
    expect(stopped.code, stopped.output).toBe(3);
    expect(stopped.output).toContain("stopped after 3 pages");
    expect(existsSync(join(root, ".intercom-import-state.json"))).toBe(true);

    const resumed = await importer();
    expect(resumed.code, resumed.output).toBe(0);
    expect(resumed.output).toMatch(/resuming the run saved in .*\(tags done, companies done\)/);
    expect(existsSync(join(root, ".intercom-import-state.json"))).toBe(false);

    for (const email of emails) expect(await contactsByEmail(email), email).toHaveLength(1);
    const [contact] = await contactsByEmail(emails[0] ?? "");
    const contactId = String(contact?.id);
    expect(listOf(asObject(contact?.tags).data).map((t) => t.name)).toEqual([`imported-${stamp}`]);
    const me = (await target("/me")).json;
    expect(listOf((await target(`/contacts/${contactId}/notes`)).json.data)).toMatchObject([{ body: "Prefers email", author: { id: String(me.id) } }]);
    if (companiesServed) expect(listOf((await target(`/contacts/${contactId}/companies`)).json.data).map((c) => c.name)).toEqual(["Acme"]);

    const [listed, ...others] = await conversationsAbout(`parcel ${stamp}`);
    expect(others).toEqual([]);
    const conversation = (await target(`/conversations/${String(listed?.id)}`)).json;
    expect(conversation).toMatchObject({ state: "closed", contacts: { contacts: [{ id: contactId }] }, tags: { tags: [{ name: `imported-${stamp}` }] } });
    const parts = listOf(asObject(conversation.conversation_parts).conversation_parts);
    expect(parts.map((p) => [p.part_type, p.body, asObject(p.author).id])).toEqual([
      ["comment", "<p>It is on its way</p>", String(me.id)],
      ["note", "<p>Check billing</p>", String(me.id)],
      ["close", null, String(me.id)],
    ]);
    expect(articleFiles().length).toBeGreaterThan(0);
  });

  it("duplicates nothing when the whole import runs again without its state file", async () => {
    const files = articleFiles();
    const again = await importer();
    expect(again.code, again.output).toBe(0);
    for (const email of emails) expect(await contactsByEmail(email), email).toHaveLength(1);
    expect(await conversationsAbout(`parcel ${stamp}`)).toHaveLength(1);
    const [contact] = await contactsByEmail(emails[0] ?? "");
    expect(listOf((await target(`/contacts/${String(contact?.id)}/notes`)).json.data)).toHaveLength(1);
    expect(articleFiles()).toEqual(files);
  });

  it("says the token was refused, and exits 1", async () => {
    const refused = await run(process.execPath, ["scripts/importIntercom.mjs", "--from", `${source?.url}/api`, "--token", "wrong", "--to", inject("baseUrl"), "--to-token", inject("demo").apiToken, "--root", root]);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain("the source token was refused");
  });
});

describe("npm run export and npm run import", () => {
  it("round-trips the demo workspace through a file: the import changes nothing", async () => {
    const flags = ["--url", inject("baseUrl"), "--token", inject("demo").apiToken];
    const first = join(root, "first.ndjson");
    const second = join(root, "second.ndjson");
    const exported = await run("npm", ["run", "--silent", "export", "--", first, ...flags]);
    expect(exported.code, exported.output).toBe(0);
    const imported = await run("npm", ["run", "--silent", "import", "--", first, ...flags]);
    expect(imported.code, imported.output).toBe(0);
    expect(imported.output).toMatch(/restored .*\b\d+ contact\b/);
    expect((await run("npm", ["run", "--silent", "export", "--", second, ...flags])).code).toBe(0);
    expect(readFileSync(second, "utf8")).toBe(readFileSync(first, "utf8"));
  });
});
