import { useState } from "preact/hooks";
import type { Core } from "../../loader/types.ts";
import { giveEmail } from "../lib/emailAsk.ts";

/** Inline in the conversation, below the visitor's message: asked once, never blocking the chat. */
export function EmailAsk({ core, onGiven }: { core: Core; onGiven: () => void }) {
  const [email, setEmail] = useState("");
  const [state, setState] = useState<"ask" | "busy" | "sent">("ask");
  const [error, setError] = useState<string | null>(null);
  if (state === "sent") {
    return (
      <div class="ea" role="status">
        Check your inbox to confirm your email. We will notify you there when the team replies.
      </div>
    );
  }
  const submit = async () => {
    setState("busy");
    setError(null);
    try {
      await giveEmail(core, email.trim());
      setState("sent");
      onGiven();
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not save your email.");
      setState("ask");
    }
  };
  return (
    <form class="ea" aria-labelledby="parley-ea-t" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <strong id="parley-ea-t">Get notified by email</strong>
      <p>Leave your email and we will tell you there when the team replies.</p>
      <label class="sr" for="parley-ea">
        Your email
      </label>
      <div class="er">
        <input id="parley-ea" class="i" type="email" required autocomplete="email" placeholder="you@example.com" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        <button class="pri" type="submit" disabled={state === "busy"}>
          Notify me
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
