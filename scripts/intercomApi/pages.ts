import { z } from "zod";
import type { Requester } from "./http.ts";

// Intercom lists come two ways: cursors (`pages.next.starting_after`: contacts, conversations,
// Parley's companies) and page numbers (`?page=`: articles, notes, collections, Intercom's
// companies). One walker follows whichever the answer offers, from a saved position.

/** Where a list resumes: a cursor, or a page number (from 1). */
export interface Position {
  starting_after?: string;
  page?: number;
}

const listShape = z.looseObject({
  total_count: z.number().optional(),
  pages: z
    .looseObject({
      page: z.number().int().optional(),
      total_pages: z.number().int().optional(),
      next: z.union([z.looseObject({ starting_after: z.string().nullish() }), z.string(), z.null()]).optional(),
    })
    .nullish(),
});

/** The position after this page, or null at the end of the list. */
export function nextPosition(body: unknown, current: Position, itemCount: number): Position | null {
  const parsed = listShape.safeParse(body);
  if (!parsed.success || itemCount === 0) return null;
  const pages = parsed.data.pages;
  const next = pages?.next;
  if (next && typeof next === "object" && next.starting_after) return { starting_after: next.starting_after };
  const page = pages?.page ?? current.page ?? 1;
  if (pages?.total_pages !== undefined && page < pages.total_pages) return { page: page + 1 };
  return null;
}

export function itemsOf(body: unknown, key: string): unknown[] {
  if (typeof body !== "object" || body === null || !(key in body)) return [];
  const items: unknown = Object.fromEntries(Object.entries(body))[key];
  return Array.isArray(items) ? items : [];
}

export const totalOf = (body: unknown): number | null => {
  const parsed = listShape.safeParse(body);
  return parsed.success ? (parsed.data.total_count ?? null) : null;
};

export function pathAt(path: string, perPage: number, at: Position): string {
  const query = new URLSearchParams({ per_page: String(perPage) });
  if (at.starting_after) query.set("starting_after", at.starting_after);
  if (at.page) query.set("page", String(at.page));
  return `${path}${path.includes("?") ? "&" : "?"}${query}`;
}

export interface Page {
  items: unknown[];
  /** Where the next page starts; null after the last one. */
  next: Position | null;
  total: number | null;
}

/** Every page from `from` on; yields nothing when the source has no such list (404). */
export async function* walk(api: Requester, path: string, key: string, perPage: number, from: Position = {}): AsyncGenerator<Page> {
  let at: Position | null = from;
  while (at) {
    const body = await api.get(pathAt(path, perPage, at));
    if (body === null) return;
    const items = itemsOf(body, key);
    const next = nextPosition(body, at, items.length);
    yield { items, next, total: totalOf(body) };
    at = next;
  }
}

/** A whole (short) list, such as one contact's notes. */
export async function all(api: Requester, path: string, key: string, perPage: number): Promise<unknown[] | null> {
  const items: unknown[] = [];
  let found = false;
  for await (const page of walk(api, path, key, perPage)) {
    found = true;
    items.push(...page.items);
  }
  return found ? items : null;
}
