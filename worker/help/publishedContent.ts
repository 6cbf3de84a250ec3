// The published help content as the build wrote it under /hc/data/ in the static assets:
// manifest.json (every article without its body), terms.json (search tokens) and bodies/N.json.
// Read through the ASSETS binding, validated, and kept per isolate for a minute.
import type { z } from "zod";
import type { Env } from "../env.ts";
import { ApiError } from "../http/errors.ts";
import { bodiesSchema, manifestSchema, termsSchema, type Manifest } from "./manifestSchema.ts";

const TTL_MS = 60_000;
const MAX_ENTRIES = 64;

/** Per-isolate memo of parsed assets: a deploy replaces the isolate, a local rebuild waits a minute. */
function memo<T>(load: (env: Env, path: string) => Promise<T>): (env: Env, path: string) => Promise<T> {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return (env, path) => {
    const hit = entries.get(path);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value ?? "");
    const value = load(env, path);
    entries.set(path, { at: Date.now(), value });
    value.catch(() => entries.delete(path));
    return value;
  };
}

async function readAsset<T>(env: Env, path: string, schema: z.ZodType<T>): Promise<T> {
  const response = await env.ASSETS.fetch(new Request(`https://assets.invalid${path}`));
  if (!response.ok) throw new ApiError("server_error", "The help center is not built; run npm run build.");
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) throw new ApiError("server_error", `The help center's ${path} is not what this Worker expects; rebuild it.`);
  return parsed.data;
}

export interface Published {
  manifest: Manifest;
  /** Position of each article in manifest order (newest first). */
  indexOf: Map<string, number>;
}

const publishedMemo = memo(async (env, path): Promise<Published> => {
  const manifest = await readAsset(env, path, manifestSchema);
  return { manifest, indexOf: new Map(manifest.articles.map((a, i) => [a.id, i])) };
});
const termsMemo = memo(async (env, path) => (await readAsset(env, path, termsSchema)).articles);
const bodiesMemo = memo((env, path) => readAsset(env, path, bodiesSchema));

export function published(env: Env): Promise<Published> {
  return publishedMemo(env, "/hc/data/manifest.json");
}

export function searchTerms(env: Env): Promise<Record<string, string>> {
  return termsMemo(env, "/hc/data/terms.json");
}

/** Bodies (HTML) of the articles at the given manifest positions, reading each chunk once. */
export async function bodiesAt(env: Env, content: Published, positions: readonly number[]): Promise<Map<string, string>> {
  const size = content.manifest.body_chunk_size;
  const chunks = [...new Set(positions.map((p) => Math.floor(p / size)))];
  const loaded = await Promise.all(chunks.map((n) => bodiesMemo(env, `/hc/data/bodies/${n}.json`)));
  return new Map(loaded.flatMap((chunk) => Object.entries(chunk)));
}
