import { useEffect, useState } from "preact/hooks";
import { format } from "../../../../shared/i18n/language.ts";
import { RATING_SCORES } from "../../../../shared/ratings.ts";
import type { Core } from "../../loader/types.ts";
import { useLanguage } from "../lib/language.ts";
import { fetchRating, sendRating, type Given } from "../lib/rating.ts";

/** Below a closed conversation: 1–5 and an optional remark, asked once; afterwards, what was given. */
export function RatingAsk({ core, id }: { core: Core; id: string }) {
  const { t } = useLanguage();
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
        {format(t.ratingGiven, { rating: given.rating })}
      </div>
    );
  }
  const submit = async () => {
    if (!score) return setError(t.ratingChoose);
    setBusy(true);
    setError(null);
    try {
      setGiven(await sendRating(core, id, { rating: score, remark: remark.trim() || null }, t));
    } catch (e) {
      setError(e instanceof Error ? e.message : t.ratingFailed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="ea" aria-labelledby="parley-rt" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <strong id="parley-rt">{t.ratingQuestion}</strong>
      <div class="er" role="group" aria-label={t.ratingGroup} style="margin:8px 0">
        {RATING_SCORES.map((n) => {
          const label = t[`rating${n}` as const];
          return (
            <button key={n} type="button" class="re" aria-pressed={score === n} aria-label={`${n}: ${label}`} title={label} onClick={() => setScore(n)}>
              {n}
            </button>
          );
        })}
      </div>
      <label class="sr" for="parley-rr">
        {t.ratingRemark}
      </label>
      <div class="er">
        <input id="parley-rr" class="i" maxLength={1000} placeholder={t.ratingRemark} value={remark} onInput={(e) => setRemark(e.currentTarget.value)} />
        <button class="pri" type="submit" disabled={busy}>
          {t.sendRating}
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
