import { useState } from "preact/hooks";
import { parseRule } from "../../../shared/rules/index.ts";
import { messageOf } from "../lib/api.ts";
import { saveCampaign, type Campaign } from "../lib/engageCampaigns.ts";
import type { MessageState } from "../lib/engage.ts";
import { ROW } from "../lib/engageStyles.ts";
import { checkDraft, newGroup, newPredicate, ruleToDraft, type DraftGroup } from "../lib/rules.ts";
import { CampaignMessageEditor, type MessageDraft } from "./CampaignMessageEditor.tsx";
import { EngageAudienceCount } from "./EngageAudienceCount.tsx";
import { RuleBuilder } from "./RuleBuilder.tsx";

interface Props {
  campaign: Campaign | null;
  currentAdminId: string;
  onSaved: () => void;
  onCancel: () => void;
}

let keys = 1;
const draftOf = (rules: unknown, fallback: DraftGroup): DraftGroup => {
  const parsed = rules === null || rules === undefined ? null : parseRule(rules, "rules");
  return parsed?.ok ? ruleToDraft(parsed.rule) : fallback;
};

function messageDrafts(campaign: Campaign | null, adminId: string): MessageDraft[] {
  if (!campaign) return [{ key: keys++, index: null, title: "Welcome", priority: "1", fields: { channel: "in_app", subject: "", body: "", fromAdminId: adminId }, rules: null }];
  return campaign.messages.map((m) => ({
    key: keys++,
    index: m.index,
    title: m.title,
    priority: String(m.priority),
    fields: { channel: m.channel, subject: m.subject ?? "", body: m.body, fromAdminId: m.fromAdminId },
    rules: m.rules === null ? null : draftOf(m.rules, newGroup()),
  }));
}

export function CampaignEditor({ campaign, currentAdminId, onSaved, onCancel }: Props) {
  const [name, setName] = useState(campaign?.name ?? "");
  const [state, setState] = useState<MessageState>(campaign?.state ?? "draft");
  const [throttle, setThrottle] = useState(String(campaign?.throttleDays ?? 2));
  const [target, setTarget] = useState(() => draftOf(campaign?.target, newGroup()));
  const [goal, setGoal] = useState(() => draftOf(campaign?.goal, newGroup("AND", [{ ...newPredicate("web_sessions"), operator: ">", text: "20" }])));
  const [exitRules, setExitRules] = useState<DraftGroup | null>(() => (campaign?.exitRules ? draftOf(campaign.exitRules, newGroup()) : null));
  const [messages, setMessages] = useState(() => messageDrafts(campaign, currentAdminId));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [submitted, setSubmitted] = useState(false);

  const move = (i: number, delta: -1 | 1) => {
    const j = i + delta;
    const [a, b] = [messages[i], messages[j]];
    if (!a || !b) return;
    const next = [...messages];
    next[i] = b;
    next[j] = a;
    setMessages(next);
  };

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const sections: [string, DraftGroup | null][] = [["Target", target], ["Goal", goal], ["Exit rules", exitRules], ...messages.map((m, i): [string, DraftGroup | null] => [`Message ${i + 1}`, m.rules])];
    const problems = sections.flatMap(([label, draft]) => {
      const checked = draft ? checkDraft(draft) : null;
      return checked && !checked.ok ? checked.errors.map((e) => `${label}: ${e}`) : [];
    });
    if (problems.length > 0) return setError(problems.join(" "));
    const ruleOf = (d: DraftGroup) => {
      const c = checkDraft(d);
      return c.ok ? c.rule : null;
    };
    setSaving(true);
    setError(null);
    try {
      await saveCampaign(campaign?.id ?? null, {
        name,
        state,
        throttle_days: Number(throttle),
        target: ruleOf(target),
        goal: ruleOf(goal),
        exit_rules: exitRules ? ruleOf(exitRules) : null,
        messages: messages.map((m) => ({
          ...(m.index === null ? {} : { index: m.index }),
          title: m.title,
          priority: Number(m.priority),
          channel: m.fields.channel,
          subject: m.fields.subject || null,
          body: m.fields.body,
          from_admin_id: m.fields.fromAdminId,
          rules: m.rules ? ruleOf(m.rules) : null,
        })),
      });
      onSaved();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="stack card" aria-label={campaign ? `Edit ${campaign.name}` : "New campaign"} onSubmit={save}>
      <h2>{campaign ? `Edit “${campaign.name}”` : "New campaign"}</h2>
      <div class="engage-row" style={ROW}>
        <label>
          Name <input type="text" required aria-label="Campaign name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label>
          State{" "}
          <select aria-label="Campaign state" value={state} onChange={(e) => setState(e.currentTarget.value === "live" ? "live" : e.currentTarget.value === "paused" ? "paused" : "draft")}>
            <option value="draft">Draft</option>
            <option value="live">Live</option>
            <option value="paused">Paused</option>
          </select>
        </label>
        <label>
          At most one message every <input type="number" min={0} class="rule-number" aria-label="Throttle days" value={throttle} onInput={(e) => setThrottle(e.currentTarget.value)} /> days
        </label>
      </div>
      <fieldset class="stack-sm" aria-label="Target">
        <legend>Target: people who enter</legend>
        <RuleBuilder value={target} onChange={setTarget} showErrors={submitted} />
        <EngageAudienceCount rules={target} />
      </fieldset>
      <fieldset class="stack-sm" aria-label="Goal">
        <legend>Goal: people leave when they match</legend>
        <RuleBuilder value={goal} onChange={setGoal} showErrors={submitted} />
      </fieldset>
      <fieldset class="stack-sm" aria-label="Exit rules">
        <legend>Exit rules</legend>
        <label class="choice">
          <input type="checkbox" checked={exitRules !== null} onChange={(e) => setExitRules(e.currentTarget.checked ? newGroup() : null)} /> Also leave when they match
        </label>
        {exitRules && <RuleBuilder value={exitRules} onChange={setExitRules} showErrors={submitted} />}
      </fieldset>
      <h3>Messages (priority 1 goes first)</h3>
      {messages.map((m, i) => (
        <CampaignMessageEditor
          key={m.key}
          position={i}
          value={m}
          onChange={(next) => setMessages(messages.map((x, j) => (j === i ? next : x)))}
          onRemove={() => setMessages(messages.filter((_, j) => j !== i))}
          onMove={(delta) => move(i, delta)}
          showErrors={submitted}
        />
      ))}
      <button
        type="button"
        class="button"
        onClick={() => setMessages([...messages, { key: keys++, index: null, title: "", priority: String(messages.length + 1), fields: { channel: "in_app", subject: "", body: "", fromAdminId: currentAdminId }, rules: null }])}
      >
        Add message
      </button>
      {error && (
        <p class="alert alert-error" role="alert">
          {error}
        </p>
      )}
      <div style={ROW}>
        <button type="submit" class="button button-primary" disabled={saving}>
          {saving ? "Saving…" : "Save campaign"}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
