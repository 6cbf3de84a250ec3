// The field grammar, shared by the parser (to refuse) and by both evaluators (to re-check rules
// that were built by hand rather than parsed, since their names end up in JSON paths and SQL).
import {
  EQUALITY_OPERATORS,
  LIST_OPERATORS,
  NUMBER_FIELDS,
  OPERATORS,
  ORDER_OPERATORS,
  STRING_FIELDS,
  TAG_FIELD,
  TEXT_OPERATORS,
  TIME_FIELDS,
} from "./types.ts";
import type {
  CustomAttributeField,
  EventCountField,
  NumberField,
  Operator,
  StringField,
  TagField,
  TimeField,
} from "./types.ts";

// No quotes, dots, backslashes or `$`: the name is placed inside a JSON path `$."NAME"`.
const ATTRIBUTE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_ -]{0,99}$/;
const EVENT_NAME = /^[A-Za-z0-9_][A-Za-z0-9_ .:-]{0,99}$/;
const ATTRIBUTE_PREFIX = "custom_attributes.";
const EVENT_PREFIX = "event.";
const EVENT_SUFFIX = ".count";

export type FieldInfo =
  | { kind: "string"; field: StringField }
  | { kind: "time"; field: TimeField }
  | { kind: "number"; field: NumberField }
  | { kind: "tag"; field: TagField }
  | { kind: "attribute"; field: CustomAttributeField; name: string }
  | { kind: "event"; field: EventCountField; name: string };

export type FieldKind = FieldInfo["kind"];

/** Which operators a field kind allows; a custom attribute's value type narrows this further. */
export const OPERATORS_BY_KIND: Record<FieldKind, readonly Operator[]> = {
  string: [...EQUALITY_OPERATORS, ...LIST_OPERATORS, ...TEXT_OPERATORS],
  time: [...EQUALITY_OPERATORS, ...ORDER_OPERATORS, ...LIST_OPERATORS],
  number: [...EQUALITY_OPERATORS, ...ORDER_OPERATORS, ...LIST_OPERATORS],
  tag: EQUALITY_OPERATORS,
  event: [...EQUALITY_OPERATORS, ...ORDER_OPERATORS, ...LIST_OPERATORS],
  attribute: OPERATORS,
};

/** Classifies a field string, or explains in words why it is not one. */
export function describeField(field: string): FieldInfo | { problem: string } {
  const stringField = STRING_FIELDS.find((known) => known === field);
  if (stringField) return { kind: "string", field: stringField };
  const timeField = TIME_FIELDS.find((known) => known === field);
  if (timeField) return { kind: "time", field: timeField };
  const numberField = NUMBER_FIELDS.find((known) => known === field);
  if (numberField) return { kind: "number", field: numberField };
  if (field === TAG_FIELD) return { kind: "tag", field: TAG_FIELD };

  if (field.startsWith(ATTRIBUTE_PREFIX)) {
    const name = field.slice(ATTRIBUTE_PREFIX.length);
    if (!ATTRIBUTE_NAME.test(name)) {
      return {
        problem: `invalid custom attribute name ${JSON.stringify(name)} (1-100 letters, digits, "_", " " or "-", not starting with " " or "-")`,
      };
    }
    return { kind: "attribute", field: `custom_attributes.${name}`, name };
  }

  // Event names may contain dots, so only the fixed prefix and suffix delimit the name.
  if (field.startsWith(EVENT_PREFIX) && field.endsWith(EVENT_SUFFIX)) {
    const name = field.slice(EVENT_PREFIX.length, field.length - EVENT_SUFFIX.length);
    if (field.length < EVENT_PREFIX.length + EVENT_SUFFIX.length || !EVENT_NAME.test(name)) {
      return {
        problem: `invalid event name ${JSON.stringify(name)} (1-100 letters, digits, "_", " ", ".", ":" or "-", not starting with " ", ".", ":" or "-")`,
      };
    }
    return { kind: "event", field: `event.${name}.count`, name };
  }

  const hint = field.startsWith(EVENT_PREFIX) ? ' (event fields look like "event.NAME.count")' : "";
  return { problem: `unknown field ${JSON.stringify(field)}${hint}` };
}

/** Narrows a string to one of a fixed list without a cast. */
export function isOneOf<T extends string>(value: unknown, options: readonly T[]): value is T {
  return options.some((option) => option === value);
}
