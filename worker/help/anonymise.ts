// A search that found nothing is stored so that writers learn what is missing, but a search box
// receives whatever people type: email addresses, phone and order numbers, links. Those are
// masked before anything is stored, and the rest is normalised so that counts add up.

export const MAX_QUERY_LENGTH = 100;

const EMAIL = /[^\s@]+@[^\s@]+/g;
const LINK = /\b(?:https?:\/\/|www\.)\S+/g;
// Six or more digits, possibly split by spaces, dots, dashes or brackets: phones, cards, orders.
const LONG_NUMBER = /\+?\d(?:[\s().-]*\d){5,}/g;

/** The stored form of a query, or null when nothing worth storing is left. */
export function anonymiseQuery(raw: string): string | null {
  const query = raw
    .normalize("NFKC")
    .toLowerCase()
    .replace(LINK, "[link]")
    .replace(EMAIL, "[email]")
    .replace(LONG_NUMBER, "[number]")
    .replace(/\s+/g, " ")
    .trim();
  const meaningful = query.replace(/\[(?:link|email|number)\]/g, "").replace(/[^\p{L}\p{N}]/gu, "");
  if (meaningful.length < 2) return null;
  return query.slice(0, MAX_QUERY_LENGTH).trim();
}
