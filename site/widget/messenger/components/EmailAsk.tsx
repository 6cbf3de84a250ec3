import { useState } from "preact/hooks";
import type { Core } from "../../loader/types.ts";
import { giveEmail } from "../lib/emailAsk.ts";
import { useLanguage } from "../lib/language.ts";

/** Inline in the conversation, below the visitor's message: asked once, never blocking the chat. */
export function EmailAsk({ core, onGiven }: { core: Core; onGiven: () => void }) {
  const { t } = useLanguage();
  const [email, setEmail] = useState("");
  const [state, setState] = useState<"ask" | "busy" | "sent">("ask");
  const [error, setError] = useState<string | null>(null);
  if (state === "sent") {
    return (
      <div class="ea" role="status">
        {t.emailSent}
      </div>
    );
  }
  const submit = async () => {
    setState("busy");
    setError(null);
    try {
      await giveEmail(core, email.trim(), t);
      setState("sent");
      onGiven();
    } catch (e) {
      setError(e instanceof Error ? e.message : t.emailFailed);
      setState("ask");
    }
  };
  return (
    <form class="ea" aria-labelledby="parley-ea-t" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <strong id="parley-ea-t">{t.emailAskTitle}</strong>
      <p>{t.emailAskLead}</p>
      <label class="sr" for="parley-ea">
        {t.yourEmail}
      </label>
      <div class="er">
        <input id="parley-ea" class="i" type="email" required autocomplete="email" placeholder={t.emailPlaceholder} value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        <button class="pri" type="submit" disabled={state === "busy"}>
          {t.notifyMe}
        </button>
      </div>
      {error && (
        <p class="err" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
