import { useEffect, useMemo, useState } from "preact/hooks";
import type { Rule } from "../../../shared/rules/index.ts";
import { useContactRoute } from "../lib/contactRoute.ts";
import type { ContactFilter } from "../lib/contacts.ts";
import { useDebounced } from "../lib/useDebounced.ts";
import { checkDraft, newGroup, type DraftGroup } from "../lib/rules.ts";
import { ContactPage } from "./ContactPage.tsx";
import { ContactsList } from "./ContactsList.tsx";

const SEARCH_DELAY_MS = 300;
const RULES_DELAY_MS = 350;

type Applied = { key: string; rule: Rule | null };
const NO_RULES: Applied = { key: "null", rule: null };

/**
 * The rules the table follows: the builder's once every condition is complete, a moment after
 * they stop changing; while a condition is half-typed the table keeps the last complete ones.
 */
function useAppliedRules(draft: DraftGroup | null): Rule | null {
  const [applied, setApplied] = useState<Applied>(NO_RULES);
  const checked = draft ? checkDraft(draft) : null;
  const candidate: Applied | null = checked === null ? NO_RULES : checked.ok ? { key: JSON.stringify(checked.rule), rule: checked.rule } : null;
  useEffect(() => {
    if (candidate === null || candidate.key === applied.key) return;
    const timer = window.setTimeout(() => setApplied(candidate), candidate.rule === null ? 0 : RULES_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [candidate?.key]);
  return applied.rule;
}

/** The Contacts view: the filtered table at `#/contacts`, one contact at `#/contacts/<id>`. */
export function Contacts({ currentAdminId }: { currentAdminId: string }) {
  const contactId = useContactRoute();
  // Kept here, above both pages, so coming back from a contact finds the table as it was left.
  const [input, setInput] = useState("");
  const [query, setQuery] = useDebounced(input.trim(), SEARCH_DELAY_MS);
  const [draft, setDraft] = useState<DraftGroup | null>(null);
  const rules = useAppliedRules(draft);
  const rulesKey = JSON.stringify(rules);
  const filter = useMemo<ContactFilter>(() => ({ rules, query }), [rulesKey, query]);

  if (contactId) return <ContactPage key={contactId} id={contactId} currentAdminId={currentAdminId} />;
  return (
    <ContactsList
      currentAdminId={currentAdminId}
      input={input}
      onInput={setInput}
      onSearchNow={() => setQuery(input.trim())}
      draft={draft}
      onDraft={setDraft}
      onOpenFilter={() => setDraft(newGroup())}
      filter={filter}
    />
  );
}
