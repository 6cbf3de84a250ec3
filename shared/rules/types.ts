// The one rule language (Intercom's contact search query language) as the rest of Parley sees it.
// These types describe a rule *after* parseRule: numbers are numbers, emails are lower-cased and
// relative times are still `{ days_ago }`, so a stored rule keeps meaning "N days before now".

export const OPERATORS = ["=", "!=", "IN", "NIN", ">", "<", "~", "!~", "^", "$"] as const;
export type Operator = (typeof OPERATORS)[number];

export const GROUP_OPERATORS = ["AND", "OR"] as const;
export type GroupOperator = (typeof GROUP_OPERATORS)[number];

export const EQUALITY_OPERATORS = ["=", "!="] as const;
export const ORDER_OPERATORS = [">", "<"] as const;
export const LIST_OPERATORS = ["IN", "NIN"] as const;
export const TEXT_OPERATORS = ["~", "!~", "^", "$"] as const;
export type EqualityOperator = (typeof EQUALITY_OPERATORS)[number];
export type OrderOperator = (typeof ORDER_OPERATORS)[number];
export type ListOperator = (typeof LIST_OPERATORS)[number];
export type TextOperator = (typeof TEXT_OPERATORS)[number];

export const STRING_FIELDS = ["role", "email", "name", "external_id"] as const;
export const TIME_FIELDS = ["signed_up_at", "last_seen_at", "created_at"] as const;
export const NUMBER_FIELDS = ["web_sessions"] as const;
/** A tag's name: `=` when the contact has that tag, `!=` when it has not (so also without any tags). */
export const TAG_FIELD = "tag";
export type TagField = typeof TAG_FIELD;
export const BUILT_IN_FIELDS = [...STRING_FIELDS, ...TIME_FIELDS, ...NUMBER_FIELDS] as const;
export type StringField = (typeof STRING_FIELDS)[number];
export type TimeField = (typeof TIME_FIELDS)[number];
export type NumberField = (typeof NUMBER_FIELDS)[number];
export type BuiltInField = (typeof BUILT_IN_FIELDS)[number];
export type CustomAttributeField = `custom_attributes.${string}`;
export type EventCountField = `event.${string}.count`;
export type FieldName = BuiltInField | TagField | CustomAttributeField | EventCountField;

/** Limits that keep a rule cheap to evaluate and within D1's 100 bound parameters per query. */
export const RULE_LIMITS = {
  maxGroupDepth: 3,
  maxPredicates: 30,
  maxListValues: 100,
  maxStringLength: 1000,
  // Far beyond any real segment, yet small enough that now − N×86400 stays an exact integer.
  maxDaysAgo: 100_000,
} as const;

/** The instant `now − days_ago × 86400` seconds, resolved when a rule is evaluated, not when saved. */
export type DaysAgo = { days_ago: number };
export type TimeValue = number | DaysAgo;

type StringMatch =
  | { operator: EqualityOperator | TextOperator; value: string }
  | { operator: ListOperator; value: readonly string[] };
type NumberMatch =
  | { operator: EqualityOperator | OrderOperator; value: number }
  | { operator: ListOperator; value: readonly number[] };
type TimeMatch =
  | { operator: EqualityOperator | OrderOperator; value: TimeValue }
  | { operator: ListOperator; value: readonly number[] };
type BooleanMatch = { operator: EqualityOperator; value: boolean };

// Spelled out per field kind so rules built in code get most of parseRule's refusals at compile time.
export type Predicate =
  | ({ field: StringField } & StringMatch)
  | ({ field: TimeField } & TimeMatch)
  | ({ field: NumberField | EventCountField } & NumberMatch)
  | { field: TagField; operator: EqualityOperator; value: string }
  | ({ field: CustomAttributeField } & (StringMatch | NumberMatch | BooleanMatch));

export type Group = { operator: GroupOperator; value: readonly Rule[] };
export type Rule = Predicate | Group;

/** A custom attribute value is a JSON scalar; null means "has no value", like an absent key. */
export type AttributeValue = string | number | boolean | null;

/** What a rule can see of a contact; mirrors the `contacts` row plus its event counts. */
export type RuleContact = {
  role: "user" | "lead";
  email: string | null;
  name: string | null;
  external_id: string | null;
  signed_up_at: number | null;
  last_seen_at: number | null;
  created_at: number;
  web_sessions: number;
  custom_attributes: Record<string, AttributeValue>;
  events: Record<string, number>;
  /** The names of the contact's tags; absent means none, as for a contact never tagged. */
  tags?: readonly string[];
};

export type RuleError = { code: "parameter_invalid"; message: string };
