import { useEffect, useState } from "preact/hooks";
import { isAbort, messageOf } from "../lib/api.ts";
import { audienceCount, type Channel } from "../lib/engage.ts";
import { checkDraft, type DraftGroup } from "../lib/rules.ts";

const DELAY_MS = 350;

type State = { status: "idle" | "counting" } | { status: "count"; count: number } | { status: "invalid" } | { status: "error"; message: string };

/** "Matches 1,234 people now": recounted on the server a moment after the rules stop changing. */
export function EngageAudienceCount({ rules, channel }: { rules: DraftGroup; channel?: Channel }) {
  const [state, setState] = useState<State>({ status: "idle" });
  useEffect(() => {
    const checked = checkDraft(rules);
    if (!checked.ok) {
      setState({ status: "invalid" });
      return;
    }
    const controller = new AbortController();
    setState((s) => (s.status === "count" ? s : { status: "counting" }));
    const timer = setTimeout(() => {
      audienceCount(checked.rule, channel, controller.signal).then(
        (count) => setState({ status: "count", count }),
        (error: unknown) => isAbort(error) || setState({ status: "error", message: messageOf(error) }),
      );
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [rules, channel]);

  return (
    <div class="audience-count" role="status" aria-live="polite">
      {state.status === "count" && (
        <strong data-testid="audience-count">
          Matches {state.count.toLocaleString("en")} {state.count === 1 ? "person" : "people"} now
        </strong>
      )}
      {state.status === "counting" && <span class="muted">Counting…</span>}
      {/* The conditions themselves say what is missing, once left or on submit: no error before anything is typed. */}
      {state.status === "invalid" && <span class="muted">The count shows once every condition is complete.</span>}
      {state.status === "error" && <p class="alert alert-error">{state.message}</p>}
    </div>
  );
}
