import { useEffect, useState } from "preact/hooks";
import { isMissingEndpoint, messageOf } from "../lib/api.ts";
import { useDirectory } from "../lib/inboxDirectory.ts";
import { emptyDraft, fromDraft, getRules, moveDraft, saveRules, type RoutingRule, type RuleDraft } from "../lib/routing.ts";
import type { Session } from "../lib/session.ts";
import { useResource } from "../lib/useResource.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { RoutingRulesItem } from "./RoutingRulesItem.tsx";

// The workspace's routing rules, edited as a whole and saved in one PUT: order matters (first
// match wins), so partial saves could route by a half-edited list.
export function RoutingRules({ session }: { session: Session }) {
  const directory = useDirectory();
  const [loaded, reload] = useResource((signal) => getRules(signal), []);
  const [drafts, setDrafts] = useState<RuleDraft[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [status, setStatus] = useState("");
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    if (loaded.status === "ready") setDrafts(loaded.data);
  }, [loaded]);

  if (loaded.status === "loading") return <p class="muted" role="status">Loading routing rules…</p>;
  if (loaded.status === "error" && isMissingEndpoint(loaded.error)) {
    return (
      <div class="empty">
        <h2>Routing rules are not available yet</h2>
        <p class="muted">This server does not offer routing rules yet. New conversations wait unassigned in the inbox.</p>
      </div>
    );
  }
  if (loaded.status === "error") return <ErrorAlert error={loaded.error} onRetry={reload} />;

  const update = (key: string, patch: Partial<RuleDraft>) => setDrafts((list) => list.map((d) => (d.key === key ? { ...d, ...patch } : d)));

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const rules: RoutingRule[] = [];
    const found: string[] = [];
    drafts.forEach((draft, i) => {
      const result = fromDraft(draft);
      if (result.ok) rules.push(result.rule);
      else found.push(...result.problems.map((p) => `Rule ${i + 1}${draft.name ? ` (${draft.name})` : ""}: ${p}`));
    });
    setProblems(found);
    setStatus("");
    setSaveError(null);
    if (found.length > 0) return;
    setSaving(true);
    try {
      await saveRules(rules);
      setStatus("Routing rules saved.");
      reload();
    } catch (err) {
      setSaveError(messageOf(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="stack" onSubmit={save} aria-labelledby="routing-title">
      <div>
        <h2 id="routing-title">Rules for new conversations</h2>
        <p class="muted">
          Checked in order when a conversation starts; the first rule whose conditions all match assigns it to its team. Empty conditions match
          everything.
          {session.admin.role !== "owner" && " Only owners can save changes."}
        </p>
      </div>
      {problems.length > 0 && (
        <div class="alert alert-error" role="alert">
          <p>Fix these before saving:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <ErrorAlert error={saveError} />
      {drafts.length === 0 && <p class="muted">No rules yet: every new conversation waits unassigned.</p>}
      <ol class="routing-rules">
        {drafts.map((draft, i) => (
          <RoutingRulesItem
            key={draft.key}
            draft={draft}
            position={i + 1}
            count={drafts.length}
            teams={directory.teams}
            onChange={(patch) => update(draft.key, patch)}
            onMove={(by) => setDrafts((list) => moveDraft(list, i, by))}
            onRemove={() => setDrafts((list) => list.filter((d) => d.key !== draft.key))}
            showErrors={submitted}
          />
        ))}
      </ol>
      <div class="routing-footer">
        <button type="button" class="button" onClick={() => setDrafts((list) => [...list, emptyDraft(directory.teams[0]?.id ?? "")])}>
          Add a rule
        </button>
        <button type="submit" class="button button-primary" disabled={saving}>
          {saving ? "Saving…" : "Save rules"}
        </button>
        <span role="status" class="muted">
          {status}
        </span>
      </div>
    </form>
  );
}
