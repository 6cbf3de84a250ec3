import type { Line, LineError } from "./exportSection.ts";
import { sectionOf } from "./exportSections.ts";
import { translateConversations } from "./importForeignConversations.ts";
import type { ForeignCtx, Translate } from "./importForeignKit.ts";
import { translateAdmins, translateCompanies, translateContactCompanies, translateContacts, translateNotes, translateTags } from "./importForeignPeople.ts";

// POST /import?source=NAME: objects from another account (Intercom, another Parley). Their ids are
// the source's, global keys there and meaningless here, so every id goes through the id map
// (import_ids): a rerun gives each source object the same local object and never a second one.
// Lines come in the order of FOREIGN_TYPES, what is referred to first.

const FOREIGN: Record<string, Translate> = {
  admin: translateAdmins,
  tag: translateTags,
  company: translateCompanies,
  contact: translateContacts,
  note: translateNotes,
  contact_company: translateContactCompanies,
  conversation: translateConversations,
};

export const FOREIGN_TYPES = Object.keys(FOREIGN);

export const isForeignType = (type: string): boolean => Object.hasOwn(FOREIGN, type);

/** Maps one batch of one type and hands what needs it to the export's own section; answers the refused lines. */
export async function importForeignBatch(x: ForeignCtx, type: string, lines: Line[]): Promise<LineError[]> {
  const translate = FOREIGN[type];
  if (!translate) return lines.map((l) => ({ line: l.n, type, message: `unknown type ${type}.` }));
  const translated = await translate(x, lines);
  const section = sectionOf(type);
  const later = section && translated.lines.length > 0 ? await section.importBatch(x, translated.lines) : [];
  return [...translated.errors, ...later];
}
