// The visual rule builder's model: a draft tree the form edits freely (values are still text),
// turned into the rule language's JSON for the server, and back from a stored rule for editing.
// Validation is shared/rules' own parseRule, so the builder refuses exactly what the API refuses.
import { parseRule, type Rule } from "../../../shared/rules/index.ts";

export const MAX_DEPTH = 3;

export type FieldChoice = "role" | "email" | "name" | "external_id" | "signed_up_at" | "last_seen_at" | "created_at" | "web_sessions" | "tag" | "attribute" | "event";
export type ValueKind = "text" | "number" | "time" | "boolean" | "role" | "tag";
export type AttributeType = "text" | "number" | "boolean";
export type TimeMode = "days_ago" | "date";

export interface DraftPredicate {
  kind: "predicate";
  key: number;
  field: FieldChoice;
  name: string;
  attributeType: AttributeType;
  operator: string;
  text: string;
  timeMode: TimeMode;
}
export interface DraftGroup {
  kind: "group";
  key: number;
  operator: "AND" | "OR";
  children: Draft[];
}
export type Draft = DraftPredicate | DraftGroup;

export const FIELD_LABELS: Record<FieldChoice, string> = {
  role: "Role",
  email: "Email",
  name: "Name",
  external_id: "User id",
  signed_up_at: "Signed up",
  last_seen_at: "Last seen",
  created_at: "First seen",
  web_sessions: "Web sessions",
  tag: "Tag",
  attribute: "Custom attribute…",
  event: "Event count…",
};

export const FIELD_CHOICES: readonly FieldChoice[] = ["role", "email", "name", "external_id", "signed_up_at", "last_seen_at", "created_at", "web_sessions", "tag", "attribute", "event"];

export const OPERATOR_LABELS: Record<ValueKind, ReadonlyArray<readonly [string, string]>> = {
  text: [["=", "is"], ["!=", "is not"], ["~", "contains"], ["!~", "does not contain"], ["^", "starts with"], ["$", "ends with"], ["IN", "is any of"], ["NIN", "is none of"]],
  role: [["=", "is"], ["!=", "is not"]],
  tag: [["=", "has"], ["!=", "has not"]],
  number: [[">", "more than"], ["<", "less than"], ["=", "exactly"], ["!=", "not"]],
  time: [[">", "less than / after"], ["<", "more than / before"]],
  boolean: [["=", "is"], ["!=", "is not"]],
};

let nextKey = 1;
const key = () => nextKey++;

export function valueKind(p: Pick<DraftPredicate, "field" | "attributeType">): ValueKind {
  switch (p.field) {
    case "role":
      return "role";
    case "tag":
      return "tag";
    case "signed_up_at":
    case "last_seen_at":
    case "created_at":
      return "time";
    case "web_sessions":
    case "event":
      return "number";
    case "attribute":
      return p.attributeType;
    default:
      return "text";
  }
}

export function newPredicate(field: FieldChoice = "signed_up_at"): DraftPredicate {
  const p: DraftPredicate = { kind: "predicate", key: key(), field, name: "", attributeType: "text", operator: "", text: "", timeMode: "days_ago" };
  return withDefaults(p);
}

/** After a field change: keep the operator if the new kind allows it, else take the first. */
export function withDefaults(p: DraftPredicate): DraftPredicate {
  const kind = valueKind(p);
  const allowed = OPERATOR_LABELS[kind].map(([op]) => op);
  const operator = allowed.includes(p.operator) ? p.operator : (allowed[0] ?? "=");
  const text = kind === "role" && p.text !== "user" && p.text !== "lead" ? "user" : kind === "boolean" && p.text !== "true" && p.text !== "false" ? "true" : p.text;
  return { ...p, operator, text };
}

export function newGroup(operator: "AND" | "OR" = "AND", children: Draft[] = [newPredicate()]): DraftGroup {
  return { kind: "group", key: key(), operator, children };
}

function fieldName(p: DraftPredicate): string {
  if (p.field === "attribute") return `custom_attributes.${p.name.trim()}`;
  if (p.field === "event") return `event.${p.name.trim()}.count`;
  return p.field;
}

function scalar(kind: ValueKind, text: string): unknown {
  const t = text.trim();
  // Non-numbers go through as text so the parser's message quotes what the admin typed.
  if (kind === "number") return t !== "" && Number.isFinite(Number(t)) ? Number(t) : t;
  if (kind === "boolean") return t === "true";
  return text;
}

function predicateJson(p: DraftPredicate): unknown {
  const kind = valueKind(p);
  let value: unknown;
  if (kind === "time") {
    value = p.timeMode === "days_ago" ? { days_ago: scalar("number", p.text) } : Math.floor(Date.parse(`${p.text}T00:00:00Z`) / 1000);
  } else if (p.operator === "IN" || p.operator === "NIN") {
    value = p.text.split(",").map((part) => scalar(kind, part.trim()));
  } else {
    value = scalar(kind, p.text);
  }
  return { field: fieldName(p), operator: p.operator, value };
}

export function draftToJson(draft: Draft): unknown {
  return draft.kind === "group" ? { operator: draft.operator, value: draft.children.map(draftToJson) } : predicateJson(draft);
}

export type Checked = { ok: true; rule: Rule } | { ok: false; errors: string[] };

/** The parser's message without its JSON path ("rules.value[0].value: …"), as a sentence. */
function plain(message: string): string {
  const text = message.replace(/^[\w.[\]]+:\s*/, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const isNumber = (t: string) => t !== "" && Number.isFinite(Number(t));

/** What is wrong with one condition, in the words of the form's own labels; null when nothing is. */
export function conditionProblem(p: DraftPredicate): string | null {
  const kind = valueKind(p);
  const text = p.text.trim();
  const list = p.operator === "IN" || p.operator === "NIN";
  if ((p.field === "attribute" || p.field === "event") && !p.name.trim()) return p.field === "event" ? "Event name is required" : "Attribute name is required";
  if (kind === "time" && p.timeMode === "days_ago" && !(isNumber(text) && Number(text) >= 0)) return "Days ago must be a number";
  if (kind === "time" && p.timeMode === "date" && Number.isNaN(Date.parse(`${text}T00:00:00Z`))) return "Date must be a date";
  const items = list ? text.split(",").map((t) => t.trim()) : [text];
  if (kind === "number" && p.field !== "attribute" && !items.every((t) => isNumber(t) && Number.isInteger(Number(t)))) return "Value must be a whole number";
  if (kind === "number" && !items.every(isNumber)) return "Value must be a number";
  if (kind === "text" && p.operator !== "=" && p.operator !== "!=" && items.some((t) => t === "")) return "Value is required";
  const parsed = parseRule(predicateJson(p), "rule");
  return parsed.ok ? null : plain(parsed.errors[0]?.message ?? "This condition is not valid");
}

/** Every problem of a draft, one sentence each, naming conditions by their position. */
export function draftProblems(draft: Draft): string[] {
  const problems: string[] = [];
  let position = 0;
  const walk = (d: Draft) => {
    if (d.kind === "group") {
      if (d.children.length === 0) problems.push("A group needs at least one condition.");
      d.children.forEach(walk);
      return;
    }
    position += 1;
    const problem = conditionProblem(d);
    if (problem) problems.push(`Condition ${position}: ${problem}.`);
  };
  walk(draft);
  return problems;
}

export function checkDraft(draft: Draft): Checked {
  const parsed = parseRule(draftToJson(draft), "rules");
  if (parsed.ok) return { ok: true, rule: parsed.rule };
  const problems = draftProblems(draft);
  return { ok: false, errors: problems.length > 0 ? problems : parsed.errors.map((e) => `${plain(e.message)}.`) };
}

function dateText(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

function predicateDraft(rule: Extract<Rule, { field: string }>): DraftPredicate {
  const attr = rule.field.match(/^custom_attributes\.(.+)$/);
  const event = rule.field.match(/^event\.(.+)\.count$/);
  const field: FieldChoice = attr ? "attribute" : event ? "event" : (FIELD_CHOICES.find((f) => f === rule.field) ?? "name");
  const v = rule.value;
  const sample = Array.isArray(v) ? v[0] : v;
  const attributeType: AttributeType = typeof sample === "number" ? "number" : typeof sample === "boolean" ? "boolean" : "text";
  const base = { kind: "predicate" as const, key: key(), field, name: attr?.[1] ?? event?.[1] ?? "", attributeType, operator: rule.operator };
  if (typeof v === "object" && v !== null && !Array.isArray(v) && "days_ago" in v) return { ...base, text: String(v.days_ago), timeMode: "days_ago" };
  const isTime = field === "signed_up_at" || field === "last_seen_at" || field === "created_at";
  if (isTime && typeof v === "number") return { ...base, text: dateText(v), timeMode: "date" };
  return { ...base, text: Array.isArray(v) ? v.map(String).join(", ") : String(v), timeMode: "days_ago" };
}

/** A stored rule as a draft; the root is always a group so the builder has somewhere to add. */
export function ruleToDraft(rule: Rule): DraftGroup {
  const walk = (r: Rule): Draft => ("field" in r ? predicateDraft(r) : { kind: "group", key: key(), operator: r.operator, children: r.value.map(walk) });
  const top = walk(rule);
  return top.kind === "group" ? top : newGroup("AND", [top]);
}
