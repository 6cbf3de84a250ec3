// Page-numbered lists, as Intercom's GET /articles: `page` from 1, `per_page` up to a maximum;
// a page past the end is empty rather than an error, so clients stop when `data` is empty.

export const ARTICLES_PER_PAGE = 15;
export const MAX_ARTICLES_PER_PAGE = 150;

export interface PageWindow {
  page: number;
  perPage: number;
  totalPages: number;
  start: number;
  end: number;
}

/** Null when `page` or `per_page` is present but not a positive whole number. */
export function pageWindow(total: number, page: string | undefined, perPage: string | undefined, maxPerPage = MAX_ARTICLES_PER_PAGE): PageWindow | null {
  const p = page === undefined ? 1 : positiveInt(page);
  const n = perPage === undefined ? ARTICLES_PER_PAGE : positiveInt(perPage);
  if (p === null || n === null) return null;
  const size = Math.min(n, maxPerPage);
  const start = Math.min((p - 1) * size, total);
  return { page: p, perPage: size, totalPages: Math.max(1, Math.ceil(total / size)), start, end: Math.min(start + size, total) };
}

function positiveInt(value: string): number | null {
  return /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : null;
}
