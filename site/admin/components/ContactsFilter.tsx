import { checkDraft, type DraftGroup } from "../lib/rules.ts";
import { RuleBuilder } from "./RuleBuilder.tsx";
import { SegmentPicker } from "./SegmentPicker.tsx";

interface Props {
  draft: DraftGroup;
  onChange: (next: DraftGroup) => void;
  onClear: () => void;
}

/** The engage editors' rule builder over the table: the rows and their count follow it as it changes. */
export function ContactsFilter({ draft, onChange, onClear }: Props) {
  const checked = checkDraft(draft);
  return (
    <section id="contacts-filter" class="card contacts-filter stack-sm" aria-labelledby="contacts-filter-title">
      <div class="contacts-filter-head">
        <h2 id="contacts-filter-title">Filter</h2>
        <button type="button" class="button button-quiet button-small" onClick={onClear}>
          Clear filter
        </button>
      </div>
      <SegmentPicker onPick={onChange} />
      <RuleBuilder value={draft} onChange={onChange} />
      {!checked.ok && <p class="muted small">The table follows the rules once every condition is complete.</p>}
    </section>
  );
}
