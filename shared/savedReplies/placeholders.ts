// Placeholders in saved replies: `{{contact.name}}`, `{{contact.email}}`, `{{admin.name}}`, each
// with an optional fallback after a bar (`{{contact.name | there}}`) for when the value is unknown.
// The admin app fills them when a reply is inserted; the Worker refuses unknown ones on save.

export const PLACEHOLDER_NAMES = ["contact.name", "contact.email", "admin.name"] as const;
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];
export type PlaceholderValues = Partial<Record<PlaceholderName, string | null>>;

const PATTERN = /\{\{\s*([^{}|]*?)\s*(?:\|\s*([^{}]*?)\s*)?\}\}/g;

function isPlaceholderName(name: string): name is PlaceholderName {
  return PLACEHOLDER_NAMES.some((known) => known === name);
}

/**
 * The text with every known placeholder replaced by its value, else its fallback, else nothing
 * (and the space left before it, so "Hi {{contact.name}}," reads "Hi,"). Unknown ones stay as typed.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PATTERN, (whole: string, name: string, fallback: string | undefined) => {
    if (!isPlaceholderName(name)) return whole;
    const value = values[name]?.trim();
    if (value) return value;
    return fallback ?? "\u0000";
  }).replace(/ ?\u0000/g, "");
}

/** Placeholder names in the text that Parley cannot fill, each once, in order of appearance. */
export function unknownPlaceholders(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const name = match[1] ?? "";
    if (!isPlaceholderName(name) && !found.includes(name)) found.push(name);
  }
  return found;
}
