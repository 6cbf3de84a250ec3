import { useState } from "preact/hooks";
import { messageOf } from "../lib/api.ts";
import { sendManualMessage } from "../lib/engage.ts";
import { checkDraft, newGroup, type DraftGroup } from "../lib/rules.ts";
import { EngageAudienceCount } from "./EngageAudienceCount.tsx";
import { EngageMessageFields, type MessageFields } from "./EngageMessageFields.tsx";
import { RuleBuilder } from "./RuleBuilder.tsx";

type Audience = "rules" | "contacts";

/** Who a message opened from elsewhere (the contacts page) is for; the admin can still change it. */
export type InitialAudience = { rules: DraftGroup } | { contactIds: readonly string[] };

// A one-off message, sent at once to everyone matching rules now or to picked contacts.
export function ManualMessageCompose({ currentAdminId, initialAudience }: { currentAdminId: string; initialAudience?: InitialAudience }) {
  const [fields, setFields] = useState<MessageFields>({ channel: "in_app", subject: "", body: "", fromAdminId: currentAdminId });
  const [audience, setAudience] = useState<Audience>(initialAudience && "contactIds" in initialAudience ? "contacts" : "rules");
  const [rules, setRules] = useState<DraftGroup>(() => (initialAudience && "rules" in initialAudience ? initialAudience.rules : newGroup()));
  const [contactIds, setContactIds] = useState(initialAudience && "contactIds" in initialAudience ? initialAudience.contactIds.join(", ") : "");
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [sending, setSending] = useState(false);
  const [submitted, setSubmitted] = useState(false);

  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    setResult(null);
    setSubmitted(true);
    const checked = checkDraft(rules);
    if (audience === "rules" && !checked.ok) return setResult({ ok: false, text: checked.errors.join(" ") });
    const ids = contactIds.split(/[\s,]+/).filter(Boolean);
    setSending(true);
    try {
      const sent = await sendManualMessage({
        channel: fields.channel,
        subject: fields.subject || null,
        body: fields.body,
        from_admin_id: fields.fromAdminId,
        audience: audience === "rules" && checked.ok ? { rules: checked.rule } : { contact_ids: ids },
      });
      setResult({ ok: true, text: `Sent to ${sent.toLocaleString("en")} ${sent === 1 ? "person" : "people"}.` });
    } catch (error) {
      setResult({ ok: false, text: messageOf(error) });
    } finally {
      setSending(false);
    }
  };

  return (
    <form class="stack" aria-label="New message" onSubmit={send}>
      <EngageMessageFields value={fields} onChange={setFields} />
      <fieldset class="stack-sm engage-fieldset">
        <legend>Audience</legend>
        <div class="choice-row">
          <label class="choice">
            <input type="radio" name="audience" checked={audience === "rules"} onChange={() => setAudience("rules")} /> People matching rules
          </label>
          <label class="choice">
            <input type="radio" name="audience" checked={audience === "contacts"} onChange={() => setAudience("contacts")} /> Chosen contacts
          </label>
        </div>
        {audience === "rules" ? (
          <>
            <RuleBuilder value={rules} onChange={setRules} showErrors={submitted} />
            <EngageAudienceCount rules={rules} channel={fields.channel} />
          </>
        ) : (
          <div class="field">
            <label for="manual-contacts">Contact ids (comma or space separated)</label>
            <textarea id="manual-contacts" rows={3} value={contactIds} onInput={(e) => setContactIds(e.currentTarget.value)} />
          </div>
        )}
      </fieldset>
      <button type="submit" class="button button-primary" disabled={sending || fields.body.trim() === ""}>
        {sending ? "Sending…" : "Send now"}
      </button>
      {result && (
        <p class={result.ok ? "notice" : "alert alert-error"} role="status">
          {result.text}
        </p>
      )}
    </form>
  );
}
