import { useState } from "preact/hooks";
import { TOPICS } from "../../../shared/webhookTopics.ts";
import { Field } from "./Field.tsx";

interface Props {
  busy: boolean;
  onCreate: (url: string, topics: string[]) => Promise<boolean>;
}

// A receiver URL and the topics it takes, one checkbox each.
export function WebhookForm({ busy, onCreate }: Props) {
  const [url, setUrl] = useState("");
  const [topics, setTopics] = useState<string[]>([]);

  const toggle = (topic: string, on: boolean) => setTopics((current) => (on ? [...current, topic] : current.filter((t) => t !== topic)));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy || !url.trim() || topics.length === 0) return;
    if (await onCreate(url.trim(), topics)) {
      setUrl("");
      setTopics([]);
    }
  };

  return (
    <form class="stack-sm" onSubmit={submit}>
      <Field label="Receiver URL" name="webhook-url" placeholder="https://example.com/parley-webhooks" hint="Parley POSTs JSON here, signed with X-Hub-Signature." required value={url} onValue={setUrl} />
      <fieldset class="stack-sm">
        <legend>Topics</legend>
        {TOPICS.map((topic) => (
          <label key={topic}>
            <input type="checkbox" name="webhook-topic" value={topic} checked={topics.includes(topic)} onChange={(e) => toggle(topic, e.currentTarget.checked)} /> <code>{topic}</code>
          </label>
        ))}
      </fieldset>
      <div>
        <button type="submit" class="button button-primary" disabled={busy || topics.length === 0}>
          {busy ? "Creating…" : "Create webhook"}
        </button>
      </div>
    </form>
  );
}
