import { parseRule as parseRuleJson } from "../../../shared/rules/index.ts";
import { request, send } from "./api.ts";
import { fields, type Fields } from "./decode.ts";
import { checkDraft, ruleToDraft, type DraftGroup } from "./rules.ts";

// Routing rules (ordered, first match wins) as the editor holds them: strings for every field,
// turned into the server's shape only when they are valid.
export interface RoutingRule {
  id?: string;
  name: string;
  conditions: {
    words?: string[];
    page_url?: { operator: "contains" | "starts_with"; value: string };
    contact_rules?: unknown;
    contact_role?: "user" | "lead";
  };
  team_id: string;
  assign_to_admin: boolean;
}

export interface RuleDraft {
  key: string;
  id: string | null;
  name: string;
  words: string;
  pageOperator: "" | "contains" | "starts_with";
  pageValue: string;
  /** The same visual rule builder as engage's; null when the rule has no contact conditions. */
  contactRules: DraftGroup | null;
  contactRole: "" | "user" | "lead";
  teamId: string;
  assignToAdmin: boolean;
}

let keys = 0;
const nextKey = () => `rule-${++keys}`;

export function emptyDraft(teamId = ""): RuleDraft {
  return { key: nextKey(), id: null, name: "", words: "", pageOperator: "", pageValue: "", contactRules: null, contactRole: "", teamId, assignToAdmin: false };
}

function strings(f: Fields, key: string): string[] {
  const value = f.raw(key);
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) return f.fail(key, "array of strings");
  return value.filter((v): v is string => typeof v === "string");
}

function parseRule(f: Fields): RuleDraft {
  const c = f.obj("conditions");
  const page = c.optObj("page_url");
  const rules = c.raw("contact_rules");
  const parsedRules = rules === undefined || rules === null ? null : parseRuleJson(rules, "contact_rules");
  if (parsedRules && !parsedRules.ok) c.fail("contact_rules", "a rule");
  const role = c.raw("contact_role") === undefined || c.raw("contact_role") === null ? "" : c.oneOf("contact_role", ["user", "lead"]);
  return {
    key: nextKey(),
    id: f.raw("id") === undefined || f.raw("id") === null ? null : f.id("id"),
    name: f.str("name"),
    words: strings(c, "words").join(", "),
    pageOperator: page ? page.oneOf("operator", ["contains", "starts_with"]) : "",
    pageValue: page ? page.str("value") : "",
    contactRules: parsedRules?.ok ? ruleToDraft(parsedRules.rule) : null,
    contactRole: role,
    teamId: f.id("team_id"),
    assignToAdmin: f.raw("assign_to_admin") === true,
  };
}

/** The list may come bare or wrapped as `{data: [...]}` (or `{rules: [...]}`). */
export function parseRules(payload: unknown): RuleDraft[] {
  if (Array.isArray(payload)) return payload.map((entry: unknown, i) => parseRule(fields(entry, `rules[${i}]`)));
  const root = fields(payload);
  return root.list(root.raw("data") === undefined ? "rules" : "data", parseRule);
}

/** Comma or newline separated words, trimmed, lower-cased, without duplicates. */
export function parseWords(text: string): string[] {
  return [...new Set(text.split(/[,\n]/).map((w) => w.trim().toLowerCase()).filter(Boolean))];
}

export type DraftResult = { ok: true; rule: RoutingRule } | { ok: false, problems: string[] };

export function fromDraft(draft: RuleDraft): DraftResult {
  const problems: string[] = [];
  if (!draft.name.trim()) problems.push("Give the rule a name.");
  if (!draft.teamId) problems.push("Choose the team to assign to.");
  const conditions: RoutingRule["conditions"] = {};
  const words = parseWords(draft.words);
  if (words.length > 0) conditions.words = words;
  if (draft.pageOperator) {
    if (!draft.pageValue.trim()) problems.push("Enter the page URL text to match.");
    else conditions.page_url = { operator: draft.pageOperator, value: draft.pageValue.trim() };
  }
  if (draft.contactRules) {
    const checked = checkDraft(draft.contactRules);
    if (checked.ok) conditions.contact_rules = checked.rule;
    else problems.push(...checked.errors.map((e) => `Contact conditions: ${e}`));
  }
  if (draft.contactRole) conditions.contact_role = draft.contactRole;
  if (problems.length > 0) return { ok: false, problems };
  const rule: RoutingRule = { name: draft.name.trim(), conditions, team_id: draft.teamId, assign_to_admin: draft.assignToAdmin };
  return { ok: true, rule: draft.id ? { id: draft.id, ...rule } : rule };
}

export function moveDraft(list: readonly RuleDraft[], index: number, by: -1 | 1): RuleDraft[] {
  const target = index + by;
  const item = list[index];
  const other = list[target];
  if (!item || !other) return [...list];
  const next = [...list];
  next[index] = other;
  next[target] = item;
  return next;
}

const URL = "/admin/api/routing-rules";

export function getRules(signal: AbortSignal): Promise<RuleDraft[]> {
  return request("GET", URL, parseRules, { signal });
}

export function saveRules(rules: RoutingRule[]): Promise<void> {
  return send("PUT", URL, { body: rules });
}
