import { useState } from "preact/hooks";
import type { ConversationSummary } from "../../../../shared/protocol.ts";
import type { Core } from "../../loader/types.ts";
import type { Upload } from "../../../../shared/attachments.ts";
import { createConversation } from "../lib/conversations.ts";
import { useLanguage } from "../lib/language.ts";
import { visitorUploader } from "../lib/visitorUpload.ts";
import { Composer } from "./Composer.tsx";

/** The first message creates the conversation; a retry reuses its client id. */
export function NewConversation({ core, prefill, pageUrl, onStarted }: { core: Core; prefill: string; pageUrl?: string; onStarted: (c: ConversationSummary) => void }) {
  const { t } = useLanguage();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [clientId] = useState(() => crypto.randomUUID());
  const [upload] = useState(() => visitorUploader(core, t));
  const start = async (text: string, files: Upload[]) => {
    setBusy(true);
    setError(null);
    try {
      onStarted(await createConversation(core, t, clientId, text, pageUrl, files.map((f) => f.token)));
    } catch (e) {
      setError(e instanceof Error ? e.message : t.couldNotSend);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <div class="b">
        <p>{core.session()?.contact.email ? t.newConversationLeadEmail : t.newConversationLead}</p>
        {error && (
          <p class="err" role="alert">
            {error}
          </p>
        )}
      </div>
      <Composer placeholder={t.writeMessage} initial={prefill} onSend={start} disabled={busy} upload={upload} />
    </>
  );
}
