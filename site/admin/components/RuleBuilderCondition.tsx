import { useId, useState } from "preact/hooks";
import { conditionProblem, FIELD_CHOICES, FIELD_LABELS, OPERATOR_LABELS, valueKind, withDefaults, type DraftPredicate } from "../lib/rules.ts";

interface Props {
  condition: DraftPredicate;
  onChange: (next: DraftPredicate) => void;
  onRemove: () => void;
  /** After a submit every problem shows; before it, only those of fields the admin has left. */
  showErrors: boolean;
}

// One condition on one row: field (built-in, custom attribute or event count), operator, value, remove.
export function RuleBuilderCondition({ condition: c, onChange, onRemove, showErrors }: Props) {
  const id = useId();
  const [left, setLeft] = useState(false);
  const kind = valueKind(c);
  const set = (patch: Partial<DraftPredicate>) => onChange(withDefaults({ ...c, ...patch }));
  const named = c.field === "attribute" || c.field === "event";
  const problem = showErrors || left ? conditionProblem(c) : null;
  // Typed fields say they were left; selects never do, since choosing one is not being done.
  const typed = { onBlur: () => setLeft(true), "aria-invalid": problem ? true : undefined, "aria-describedby": problem ? `${id}-problem` : undefined };
  return (
    <div class="rule-condition">
      <select aria-label="Field" value={c.field} onChange={(e) => set({ field: FIELD_CHOICES.find((f) => f === e.currentTarget.value) ?? c.field })}>
        {FIELD_CHOICES.map((f) => (
          <option key={f} value={f}>
            {FIELD_LABELS[f]}
          </option>
        ))}
      </select>
      {named && (
        <input
          {...typed}
          aria-label={c.field === "event" ? "Event name" : "Attribute name"}
          placeholder={c.field === "event" ? "event name" : "attribute name"}
          value={c.name}
          onInput={(e) => set({ name: e.currentTarget.value })}
        />
      )}
      {c.field === "attribute" && (
        <select aria-label="Attribute type" value={c.attributeType} onChange={(e) => set({ attributeType: e.currentTarget.value === "number" ? "number" : e.currentTarget.value === "boolean" ? "boolean" : "text" })}>
          <option value="text">text</option>
          <option value="number">number</option>
          <option value="boolean">true/false</option>
        </select>
      )}
      <select aria-label="Operator" value={c.operator} onChange={(e) => set({ operator: e.currentTarget.value })}>
        {OPERATOR_LABELS[kind].map(([op, label]) => (
          <option key={op} value={op}>
            {label}
          </option>
        ))}
      </select>
      {kind === "role" || kind === "boolean" ? (
        <select aria-label="Value" value={c.text} onChange={(e) => set({ text: e.currentTarget.value })}>
          {(kind === "role" ? ["user", "lead"] : ["true", "false"]).map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      ) : kind === "time" ? (
        <>
          {c.timeMode === "date" ? (
            <input {...typed} aria-label="Date" type="date" value={c.text} onInput={(e) => set({ text: e.currentTarget.value })} />
          ) : (
            <input {...typed} aria-label="Days ago" type="number" min={0} class="rule-number" value={c.text} onInput={(e) => set({ text: e.currentTarget.value })} />
          )}
          <select aria-label="Time unit" value={c.timeMode} onChange={(e) => set({ timeMode: e.currentTarget.value === "date" ? "date" : "days_ago", text: "" })}>
            <option value="days_ago">days ago</option>
            <option value="date">date</option>
          </select>
        </>
      ) : (
        <input
          {...typed}
          aria-label="Value"
          type="text"
          inputMode={kind === "number" ? "numeric" : undefined}
          placeholder={c.operator === "IN" || c.operator === "NIN" ? "a, b, c" : ""}
          value={c.text}
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
      )}
      <button type="button" class="button button-quiet button-small" aria-label="Remove condition" onClick={onRemove}>
        ✕
      </button>
      {problem && (
        <p class="rule-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
