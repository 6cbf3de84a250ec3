import { GROUP, LIST, ROW } from "../lib/engageStyles.ts";
import { MAX_DEPTH, newGroup, newPredicate, type Draft, type DraftGroup } from "../lib/rules.ts";
import { RuleBuilderCondition } from "./RuleBuilderCondition.tsx";
import { RuleBuilderSave } from "./RuleBuilderSave.tsx";

interface GroupProps {
  group: DraftGroup;
  depth: number;
  onChange: (next: Draft) => void;
  onRemove?: () => void;
  showErrors: boolean;
}

// One group: AND/OR over conditions and, up to three levels deep, nested groups.
function RuleBuilderGroup({ group, depth, onChange, onRemove, showErrors }: GroupProps) {
  const replace = (index: number, child: Draft) => onChange({ ...group, children: group.children.map((c, i) => (i === index ? child : c)) });
  const remove = (index: number) => onChange({ ...group, children: group.children.filter((_, i) => i !== index) });
  const add = (child: Draft) => onChange({ ...group, children: [...group.children, child] });
  return (
    <fieldset class="rule-group" data-depth={depth} style={GROUP}>
      <legend class="rule-group-head" style={ROW}>
        <label>
          <span class="sr-only">Match</span>
          <select aria-label={`Group ${depth} combinator`} value={group.operator} onChange={(e) => onChange({ ...group, operator: e.currentTarget.value === "OR" ? "OR" : "AND" })}>
            <option value="AND">All of these (AND)</option>
            <option value="OR">Any of these (OR)</option>
          </select>
        </label>
        {onRemove && (
          <button type="button" class="button button-quiet button-small" onClick={onRemove}>
            Remove group
          </button>
        )}
      </legend>
      <ul class="rule-list" style={LIST}>
        {group.children.map((child, index) => (
          <li key={child.key}>
            {child.kind === "group" ? (
              <RuleBuilderGroup group={child} depth={depth + 1} onChange={(next) => replace(index, next)} onRemove={() => remove(index)} showErrors={showErrors} />
            ) : (
              <RuleBuilderCondition condition={child} onChange={(next) => replace(index, next)} onRemove={() => remove(index)} showErrors={showErrors} />
            )}
          </li>
        ))}
      </ul>
      <div class="rule-add" style={ROW}>
        <button type="button" class="button button-small" onClick={() => add(newPredicate())}>
          Add condition
        </button>
        {depth < MAX_DEPTH && (
          <button type="button" class="button button-small" onClick={() => add(newGroup(group.operator === "AND" ? "OR" : "AND"))}>
            Add group
          </button>
        )}
      </div>
    </fieldset>
  );
}

/** The visual rule builder shared by manual messages, auto messages, campaigns and routing rules. */
export function RuleBuilder({ value, onChange, showErrors = false }: { value: DraftGroup; onChange: (next: DraftGroup) => void; showErrors?: boolean }) {
  return (
    <div class="rule-builder">
      <RuleBuilderGroup group={value} depth={1} onChange={(next) => onChange(next.kind === "group" ? next : newGroup("AND", [next]))} showErrors={showErrors} />
      <RuleBuilderSave value={value} />
    </div>
  );
}
