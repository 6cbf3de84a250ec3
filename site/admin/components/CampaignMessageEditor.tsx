import { newGroup, type DraftGroup } from "../lib/rules.ts";
import { ROW } from "../lib/engageStyles.ts";
import { EngageMessageFields, type MessageFields } from "./EngageMessageFields.tsx";
import { RuleBuilder } from "./RuleBuilder.tsx";

export interface MessageDraft {
  key: number;
  /** The message's current index on the server, so an edit keeps what it already sent. */
  index: number | null;
  title: string;
  priority: string;
  fields: MessageFields;
  rules: DraftGroup | null;
}

interface Props {
  position: number;
  value: MessageDraft;
  onChange: (next: MessageDraft) => void;
  onRemove: () => void;
  onMove: (delta: -1 | 1) => void;
  showErrors: boolean;
}

export function CampaignMessageEditor({ position, value, onChange, onRemove, onMove, showErrors }: Props) {
  const set = (patch: Partial<MessageDraft>) => onChange({ ...value, ...patch });
  return (
    <fieldset class="stack-sm card" aria-label={`Message ${position + 1}`}>
      <legend>Message {position + 1}</legend>
      <div class="engage-row" style={ROW}>
        <label>
          Title <input type="text" aria-label={`Message ${position + 1} title`} value={value.title} onInput={(e) => set({ title: e.currentTarget.value })} />
        </label>
        <label>
          Priority <input type="number" min={1} max={100} class="rule-number" aria-label={`Message ${position + 1} priority`} value={value.priority} onInput={(e) => set({ priority: e.currentTarget.value })} />
        </label>
        <button type="button" class="button button-small" onClick={() => onMove(-1)} aria-label={`Move message ${position + 1} up`}>
          ↑
        </button>
        <button type="button" class="button button-small" onClick={() => onMove(1)} aria-label={`Move message ${position + 1} down`}>
          ↓
        </button>
        <button type="button" class="button button-quiet button-small" onClick={onRemove}>
          Remove message
        </button>
      </div>
      <EngageMessageFields value={value.fields} onChange={(fields) => set({ fields })} />
      <label class="choice">
        <input type="checkbox" checked={value.rules !== null} onChange={(e) => set({ rules: e.currentTarget.checked ? newGroup() : null })} /> Only to people who also match
      </label>
      {value.rules && <RuleBuilder value={value.rules} onChange={(rules) => set({ rules })} showErrors={showErrors} />}
    </fieldset>
  );
}
