import { useId } from "preact/hooks";
import type { RuleDraft } from "../lib/routing.ts";
import { newGroup, newPredicate } from "../lib/rules.ts";
import type { Team } from "../lib/team.ts";
import { RuleBuilder } from "./RuleBuilder.tsx";

interface Props {
  draft: RuleDraft;
  position: number;
  count: number;
  teams: Team[];
  onChange: (patch: Partial<RuleDraft>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  /** After a save attempt, the rule builder shows every incomplete condition. */
  showErrors: boolean;
}

export function RoutingRulesItem({ draft, position, count, teams, onChange, onMove, onRemove, showErrors }: Props) {
  const id = useId();
  const label = draft.name || `Rule ${position}`;
  return (
    <li class="routing-rule card" aria-label={`Rule ${position}: ${label}`}>
      <div class="routing-rule-head">
        <span class="badge">{position}</span>
        <div class="field">
          <label for={`${id}-name`}>Name</label>
          <input id={`${id}-name`} value={draft.name} maxLength={80} onInput={(e) => onChange({ name: e.currentTarget.value })} />
        </div>
        <span class="routing-rule-order">
          <button type="button" class="button button-small" disabled={position === 1} onClick={() => onMove(-1)} aria-label={`Move ${label} up`}>
            ↑
          </button>
          <button type="button" class="button button-small" disabled={position === count} onClick={() => onMove(1)} aria-label={`Move ${label} down`}>
            ↓
          </button>
          <button type="button" class="button button-small button-danger" onClick={onRemove} aria-label={`Remove ${label}`}>
            Remove
          </button>
        </span>
      </div>
      <fieldset class="routing-conditions">
        <legend>When</legend>
        <div class="field">
          <label for={`${id}-words`}>First message contains any of</label>
          <input id={`${id}-words`} value={draft.words} placeholder="pricing, quote, invoice" aria-describedby={`${id}-words-hint`} onInput={(e) => onChange({ words: e.currentTarget.value })} />
          <p class="field-hint" id={`${id}-words-hint`}>
            Whole words, any case, separated by commas.
          </p>
        </div>
        <div class="routing-row">
          <div class="field">
            <label for={`${id}-page-op`}>Page URL</label>
            <select id={`${id}-page-op`} value={draft.pageOperator} onChange={(e) => onChange({ pageOperator: pageOperator(e.currentTarget.value) })}>
              <option value="">Any page</option>
              <option value="contains">contains</option>
              <option value="starts_with">starts with</option>
            </select>
          </div>
          <div class="field">
            <label for={`${id}-page`}>URL text</label>
            <input id={`${id}-page`} value={draft.pageValue} disabled={!draft.pageOperator} placeholder="/pricing" onInput={(e) => onChange({ pageValue: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for={`${id}-role`}>Contact is</label>
            <select id={`${id}-role`} value={draft.contactRole} onChange={(e) => onChange({ contactRole: role(e.currentTarget.value) })}>
              <option value="">Anyone</option>
              <option value="user">a signed-in user</option>
              <option value="lead">a visitor (lead)</option>
            </select>
          </div>
        </div>
        <fieldset class="routing-contact">
          <legend>Contact attributes</legend>
          {draft.contactRules ? (
            <>
              <RuleBuilder value={draft.contactRules} onChange={(contactRules) => onChange({ contactRules })} showErrors={showErrors} />
              <button type="button" class="button button-quiet button-small" onClick={() => onChange({ contactRules: null })}>
                Remove contact conditions
              </button>
            </>
          ) : (
            <button type="button" class="button button-small" onClick={() => onChange({ contactRules: newGroup("AND", [newPredicate("attribute")]) })}>
              Add contact conditions
            </button>
          )}
        </fieldset>
      </fieldset>
      <fieldset class="routing-row">
        <legend>Then</legend>
        <div class="field">
          <label for={`${id}-team`}>Assign to team</label>
          <select id={`${id}-team`} value={draft.teamId} onChange={(e) => onChange({ teamId: e.currentTarget.value })}>
            <option value="">Choose a team…</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id} selected={t.id === draft.teamId}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <label class="routing-check choice">
          <input type="checkbox" checked={draft.assignToAdmin} onChange={(e) => onChange({ assignToAdmin: e.currentTarget.checked })} />
          then to a teammate by round robin (online, not away, under their cap)
        </label>
      </fieldset>
    </li>
  );
}

function pageOperator(value: string): RuleDraft["pageOperator"] {
  return value === "contains" || value === "starts_with" ? value : "";
}

function role(value: string): RuleDraft["contactRole"] {
  return value === "user" || value === "lead" ? value : "";
}
