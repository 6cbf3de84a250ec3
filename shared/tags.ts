// Tag names, checked alike by the API and the admin app: names are matched exactly (rules compare
// them with `=`), so surrounding spaces are dropped rather than kept as a different tag.
export const TAG_NAME_MAX = 100;

/** A tag as the inbox rows and the admin app carry it. */
export interface TagRef {
  id: string;
  name: string;
}

// Control characters would be invisible in the inbox; NUL and lone surrogates break SQLite text.
const UNFIT = /[\p{Cc}\p{Cs}]/u;

export type TagNameCheck = { ok: true; name: string } | { ok: false; message: string };

export function checkTagName(raw: string): TagNameCheck {
  const name = raw.trim();
  if (name.length === 0) return { ok: false, message: "A tag needs a name." };
  if (name.length > TAG_NAME_MAX) return { ok: false, message: `A tag name may have at most ${TAG_NAME_MAX} characters.` };
  if (UNFIT.test(name)) return { ok: false, message: "A tag name may not contain control characters." };
  return { ok: true, name };
}

/** Tags whose name contains `query` (any case), the ones already applied left out, by name. */
export function tagSuggestions(all: readonly TagRef[], applied: readonly TagRef[], query: string): TagRef[] {
  const taken = new Set(applied.map((t) => t.id));
  const needle = query.trim().toLowerCase();
  return all.filter((t) => !taken.has(t.id) && t.name.toLowerCase().includes(needle)).sort((a, b) => a.name.localeCompare(b.name));
}
