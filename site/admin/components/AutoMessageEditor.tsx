import { ROW } from "../lib/engageStyles.ts";
import { useState } from "preact/hooks";
import { messageOf } from "../lib/api.ts";
import { saveAutoMessage, type AutoMessage, type MessageState } from "../lib/engage.ts";
import { checkDraft, newGroup, ruleToDraft, type DraftGroup } from "../lib/rules.ts";
import { parseRule } from "../../../shared/rules/index.ts";
import { EngageAudienceCount } from "./EngageAudienceCount.tsx";
import { EngageMessageFields, type MessageFields } from "./EngageMessageFields.tsx";
import { RuleBuilder } from "./RuleBuilder.tsx";

interface Props {
  message: AutoMessage | null;
  currentAdminId: string;
  onSaved: (saved: AutoMessage) => void;
  onCancel: () => void;
}

function initialRules(message: AutoMessage | null): DraftGroup {
  const parsed = message ? parseRule(message.rules, "rules") : null;
  return parsed?.ok ? ruleToDraft(parsed.rule) : newGroup();
}

export function AutoMessageEditor({ message, currentAdminId, onSaved, onCancel }: Props) {
  const [title, setTitle] = useState(message?.title ?? "");
  const [state, setState] = useState<MessageState>(message?.state ?? "draft");
  const [fields, setFields] = useState<MessageFields>({
    channel: message?.channel ?? "in_app",
    subject: message?.subject ?? "",
    body: message?.body ?? "",
    fromAdminId: message?.fromAdminId ?? currentAdminId,
  });
  const [rules, setRules] = useState<DraftGroup>(() => initialRules(message));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [submitted, setSubmitted] = useState(false);

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const checked = checkDraft(rules);
    if (!checked.ok) return setError(checked.errors.join(" "));
    setSaving(true);
    setError(null);
    try {
      onSaved(
        await saveAutoMessage(message?.id ?? null, {
          title,
          state,
          channel: fields.channel,
          subject: fields.subject || null,
          body: fields.body,
          from_admin_id: fields.fromAdminId,
          rules: checked.rule,
        }),
      );
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="stack card" aria-label={message ? `Edit ${message.title}` : "New auto message"} onSubmit={save}>
      <h2>{message ? `Edit “${message.title}”` : "New auto message"}</h2>
      <div class="inline-form">
        <div class="field">
          <label for="auto-title">Title</label>
          <input id="auto-title" type="text" required value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="auto-state">State</label>
          <select id="auto-state" value={state} onChange={(e) => setState(e.currentTarget.value === "live" ? "live" : e.currentTarget.value === "paused" ? "paused" : "draft")}>
            <option value="draft">Draft</option>
            <option value="live">Live</option>
            <option value="paused">Paused</option>
          </select>
        </div>
      </div>
      <EngageMessageFields value={fields} onChange={setFields} />
      <fieldset class="stack-sm">
        <legend>Send to people who match</legend>
        <RuleBuilder value={rules} onChange={setRules} showErrors={submitted} />
        <EngageAudienceCount rules={rules} channel={fields.channel} />
      </fieldset>
      {error && (
        <p class="alert alert-error" role="alert">
          {error}
        </p>
      )}
      <div class="rule-add" style={ROW}>
        <button type="submit" class="button button-primary" disabled={saving}>
          {saving ? "Saving…" : "Save"}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
