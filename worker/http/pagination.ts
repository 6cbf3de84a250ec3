// Cursor pagination as in Intercom: `starting_after` is opaque to clients. Ours is the id of the
// last row served, base64url-encoded so that clients do not start depending on its shape.
import type { Pages } from "../../shared/api-types.ts";

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 150;

export function encodeCursor(lastId: string): string {
  return btoa(lastId).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** Returns the id, or null when the cursor is not one we issued. */
export function decodeCursor(cursor: string, isValidId: (id: string) => boolean): string | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  let decoded: string;
  try {
    decoded = atob(cursor.replaceAll("-", "+").replaceAll("_", "/"));
  } catch {
    return null;
  }
  return isValidId(decoded) ? decoded : null;
}

export function clampPerPage(requested: number | undefined): number {
  if (requested === undefined || !Number.isFinite(requested)) return DEFAULT_PER_PAGE;
  return Math.min(MAX_PER_PAGE, Math.max(1, Math.trunc(requested)));
}

export interface PageInput {
  perPage: number;
  /** Rows served before this page (counted by the caller), for the 1-based page number. */
  before: number;
  total: number;
  /** Id of the last row of this page when there may be more rows after it. */
  nextAfter: string | null;
}

export function pagesOf({ perPage, before, total, nextAfter }: PageInput): Pages {
  return {
    type: "pages",
    page: Math.floor(before / perPage) + 1,
    per_page: perPage,
    total_pages: Math.max(1, Math.ceil(total / perPage)),
    next: nextAfter === null ? null : { per_page: perPage, starting_after: encodeCursor(nextAfter) },
  };
}
