import { ROW } from "../lib/engageStyles.ts";
import { useId, useState } from "preact/hooks";
import type { Channel } from "../lib/engage.ts";
import { listTeammates } from "../lib/team.ts";
import { useResource } from "../lib/useResource.ts";
import { EngageMarkdown } from "./EngageMarkdown.tsx";

export interface MessageFields {
  channel: Channel;
  subject: string;
  body: string;
  fromAdminId: string;
}

interface Props {
  value: MessageFields;
  onChange: (next: MessageFields) => void;
}

// Channel, subject (email only), Markdown body with a preview, and which teammate it comes from.
export function EngageMessageFields({ value, onChange }: Props) {
  const [preview, setPreview] = useState(false);
  // Several messages share a page in the campaign editor, so ids must be unique per instance.
  const id = useId();
  const [admins] = useResource((signal) => listTeammates(signal), []);
  const set = (patch: Partial<MessageFields>) => onChange({ ...value, ...patch });
  const teammates = admins.status === "ready" ? admins.data : [];
  const from = value.fromAdminId || teammates[0]?.id || "";
  return (
    <div class="stack-sm">
      <div class="inline-form engage-fields">
        <div class="field">
          <label for={`${id}-channel`}>Channel</label>
          <select id={`${id}-channel`} value={value.channel} onChange={(e) => set({ channel: e.currentTarget.value === "email" ? "email" : "in_app" })}>
            <option value="in_app">In-app (messenger)</option>
            <option value="email">Email</option>
          </select>
        </div>
        <div class="field">
          <label for={`${id}-from`}>From</label>
          <select id={`${id}-from`} value={from} onChange={(e) => set({ fromAdminId: e.currentTarget.value })}>
            {teammates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {value.channel === "email" && (
        <div class="field">
          <label for={`${id}-subject`}>Subject</label>
          <input id={`${id}-subject`} type="text" value={value.subject} onInput={(e) => set({ subject: e.currentTarget.value })} />
        </div>
      )}
      <div class="field">
        <div class="rule-add" style={ROW}>
          <label for={`${id}-body`}>Message (Markdown)</label>
          <button type="button" class="button button-quiet button-small" aria-pressed={preview} onClick={() => setPreview(!preview)}>
            {preview ? "Write" : "Preview"}
          </button>
        </div>
        {preview ? (
          <div class="card" aria-label="Preview">
            <EngageMarkdown source={value.body} />
          </div>
        ) : (
          <textarea id={`${id}-body`} rows={6} value={value.body} onInput={(e) => set({ body: e.currentTarget.value })} />
        )}
      </div>
    </div>
  );
}
