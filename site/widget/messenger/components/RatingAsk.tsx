import { useEffect, useState } from "preact/hooks";
import { RATING_LABELS, RATING_SCORES } from "../../../../shared/ratings.ts";
import type { Core } from "../../loader/types.ts";
import { fetchRating, sendRating, type Given } from "../lib/rating.ts";

/** Below a closed conversation: 1–5 and an optional remark, asked once; afterwards, what was given. */
export function RatingAsk({ core, id }: { core: Core; id: string }) {
  const [given, setGiven] = useState<Given | null | undefined>(undefined);
  const [score, setScore] = useState(0);
  const [remark, setRemark] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    fetchRating(core, id).then((r) => live && setGiven(r), () => undefined);
    return () => void (live = false);
  }, [core, id]);

  if (given === undefined) return null;
  if (given) {
    return (
      <div class="ea" role="status">
        Thanks! You rated this conversation {given.rating} out of 5.
      </div>
    );
  }
  const submit = async () => {
    if (!score) return setError("Choose a rating from 1 to 5.");
    setBusy(true);
    setError(null);
    try {
      setGiven(await sendRating(core, id, { rating: score, remark: remark.trim() || null }));
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not send your rating.");
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="ea" aria-labelledby="parley-rt" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <strong id="parley-rt">How was this conversation?</strong>
      <div class="er" role="group" aria-label="Rating" style="margin:8px 0">
        {RATING_SCORES.map((n) => (
          <button key={n} type="button" class="re" aria-pressed={score === n} aria-label={`${n}: ${RATING_LABELS[n - 1]}`} title={RATING_LABELS[n - 1]} onClick={() => setScore(n)}>
            {n}
          </button>
        ))}
      </div>
      <label class="sr" for="parley-rr">
        Tell us more (optional)
      </label>
      <div class="er">
        <input id="parley-rr" class="i" maxLength={1000} placeholder="Tell us more (optional)" value={remark} onInput={(e) => setRemark(e.currentTarget.value)} />
        <button class="pri" type="submit" disabled={busy}>
          Send rating
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
