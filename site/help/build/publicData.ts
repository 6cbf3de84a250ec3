// The JSON files the build publishes under /hc/ (written by integration.ts): what the Worker's
// articles API and the messenger's article JSON read (never the MDX). Shapes are documented
// in docs/helpCenter.md and validated again by the Worker (worker/help/manifestSchema.ts).
import type { HelpData } from "./entries.ts";

export const BODY_CHUNK_SIZE = 50;
export const MANIFEST_VERSION = 1;

const absolute = (data: HelpData, path: string) => new URL(path, data.config.url).toString();

export function manifestOf(data: HelpData, now = Math.floor(Date.now() / 1000)) {
  return {
    version: MANIFEST_VERSION,
    generated_at: now,
    body_chunk_size: BODY_CHUNK_SIZE,
    collections: data.collections.map((c) => ({ id: c.id, name: c.name, description: c.description, order: c.order, url: absolute(data, `${c.id}/`) })),
    articles: data.articles.map((a) => ({
      id: a.id,
      collection: a.collection,
      title: a.title,
      description: a.description,
      tags: a.tags,
      order: a.order ?? null,
      created_at: a.createdAt,
      updated_at: a.updatedAt,
      url: absolute(data, `${a.id}/`),
    })),
  };
}

/** Search tokens per article, weighted by where they appear (title, description, body). */
export function termsOf(data: HelpData) {
  return { version: MANIFEST_VERSION, articles: Object.fromEntries(data.articles.map((a) => [a.id, a.terms])) };
}

/** Article bodies in manifest order, BODY_CHUNK_SIZE per file, so that a page of the API costs a few reads. */
export function bodyChunks(data: HelpData): Record<string, string>[] {
  const chunks: Record<string, string>[] = [];
  data.articles.forEach((article, i) => {
    const n = Math.floor(i / BODY_CHUNK_SIZE);
    (chunks[n] ??= {})[article.id] = article.html;
  });
  return chunks;
}
