// The one rule language, in three pure faces that agree with each other:
// parseRule (untrusted JSON → Rule), matches (Rule × contact → boolean) and toSql (Rule → SQLite).
export { parseRule } from "./parse.ts";
export type { ParseResult } from "./parse.ts";
export { matches } from "./evaluate.ts";
export { toSql } from "./toSql.ts";
export type { SqlExpression } from "./toSql.ts";
export {
  BUILT_IN_FIELDS,
  EQUALITY_OPERATORS,
  GROUP_OPERATORS,
  LIST_OPERATORS,
  NUMBER_FIELDS,
  OPERATORS,
  ORDER_OPERATORS,
  RULE_LIMITS,
  STRING_FIELDS,
  TAG_FIELD,
  TEXT_OPERATORS,
  TIME_FIELDS,
} from "./types.ts";
export type {
  AttributeValue,
  BuiltInField,
  CustomAttributeField,
  DaysAgo,
  EqualityOperator,
  EventCountField,
  FieldName,
  Group,
  GroupOperator,
  ListOperator,
  NumberField,
  Operator,
  OrderOperator,
  Predicate,
  Rule,
  RuleContact,
  RuleError,
  StringField,
  TagField,
  TextOperator,
  TimeField,
  TimeValue,
} from "./types.ts";
