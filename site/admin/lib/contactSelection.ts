// The contacts table's checkboxes: rows picked one by one, or every contact matching the filter,
// including rows not loaded yet (as a mail client's "select all conversations" does).
import { combinedRule } from "../../../shared/contactFilter.ts";
import type { Rule } from "../../../shared/rules/index.ts";
import type { ContactFilter, Selection } from "./contacts.ts";
import { ruleToDraft, type DraftGroup } from "./rules.ts";

export type Picked = { kind: "ids"; ids: ReadonlySet<string> } | { kind: "all" };

export const NOTHING: Picked = { kind: "ids", ids: new Set() };

export function isPicked(picked: Picked, id: string): boolean {
  return picked.kind === "all" || picked.ids.has(id);
}

/** One row's checkbox; unticking a row of "all matching" keeps the other loaded rows. */
export function toggleRow(picked: Picked, id: string, loaded: readonly string[]): Picked {
  const ids = new Set(picked.kind === "all" ? loaded : picked.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { kind: "ids", ids };
}

export function headerState(picked: Picked, loaded: readonly string[]): "none" | "some" | "all" {
  if (picked.kind === "all") return "all";
  const count = loaded.filter((id) => picked.ids.has(id)).length;
  return count === 0 ? "none" : count === loaded.length ? "all" : "some";
}

/** The header checkbox: every loaded row, or nothing when they all are already. */
export function toggleLoaded(picked: Picked, loaded: readonly string[]): Picked {
  return headerState(picked, loaded) === "all" ? NOTHING : { kind: "ids", ids: new Set(loaded) };
}

export function pickedCount(picked: Picked, total: number): number {
  return picked.kind === "all" ? total : picked.ids.size;
}

/** What a bulk action sends; null when nothing is picked. */
export function selectionOf(picked: Picked, filter: ContactFilter): Selection | null {
  if (picked.kind === "all") return { filter };
  return picked.ids.size === 0 ? null : { ids: [...picked.ids] };
}

// "Everyone" in the rule language, for a message to all contacts when no filter is set.
const EVERYONE: Rule = { operator: "OR", value: [{ field: "role", operator: "=", value: "user" }, { field: "role", operator: "=", value: "lead" }] };

/** Who "Send a message" addresses: the picked ids, or the filter itself as the compose's rules. */
export function messageAudience(picked: Picked, filter: ContactFilter): { rules: DraftGroup } | { contactIds: string[] } {
  if (picked.kind === "ids") return { contactIds: [...picked.ids] };
  return { rules: ruleToDraft(combinedRule(filter.rules, filter.query) ?? EVERYONE) };
}
