import { useEffect, useId, useState } from "preact/hooks";
import {
  closeForInput,
  closeFromInput,
  DAYS,
  getOfficeHours,
  REPLY_TIMES,
  resetOfficeHours,
  saveOfficeHours,
  type Day,
  type Interval,
  type OfficeHours as Hours,
  type ReplyTime,
} from "../lib/officeHours.ts";
import { listTeams } from "../lib/team.ts";
import { useResource } from "../lib/useResource.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";

// Office hours and the expected reply time (issue 13 item 6): the messenger's Home says them, and
// a conversation started outside them gets an automatic reply. Per workspace, and per team where
// a team keeps other hours.
const REPLY_LABELS: Record<ReplyTime, string> = { minutes: "In a few minutes", hours: "In a few hours", day: "In a day" };
const dayName = (day: Day) => day.charAt(0).toUpperCase() + day.slice(1);
const ZONES = (() => {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
})();
const WEEKDAYS: Interval[] = DAYS.slice(0, 5).map((day) => ({ day, open: "09:00", close: "17:00" }));

export function OfficeHours() {
  const [teams] = useResource((signal) => listTeams(signal), []);
  const [scope, setScope] = useState("");
  const teamId = scope === "" ? null : scope;
  const [loaded, reload] = useResource((signal) => getOfficeHours(teamId, signal), [scope]);
  const [draft, setDraft] = useState<Hours | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    if (loaded.status === "ready") setDraft(loaded.data);
  }, [loaded]);

  const run = async (action: () => Promise<Hours>, done: string) => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      setDraft(await action());
      setSaved(done);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (loaded.status === "error") return <ErrorAlert error={loaded.error} onRetry={reload} />;
  const edit = (change: Partial<Hours>) => draft && (setDraft({ ...draft, ...change }), setSaved(null));
  const editInterval = (index: number, change: Partial<Interval>) =>
    draft && edit({ intervals: draft.intervals.map((interval, i) => (i === index ? { ...interval, ...change } : interval)) });
  const teamName = teams.status === "ready" ? teams.data.find((t) => t.id === scope)?.name : undefined;
  const zones = draft && !ZONES.includes(draft.timezone) ? [draft.timezone, ...ZONES] : ZONES;

  return (
    <section class="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Office hours</h2>
      <p class="muted">
        The messenger shows the expected reply time during office hours and when you are back outside them, in each visitor's own time. A
        conversation started outside office hours gets an automatic reply saying when to expect an answer.
      </p>
      {teams.status === "ready" && teams.data.length > 0 && (
        <div class="field">
          <label for={`${id}-scope`}>Hours of</label>
          <select id={`${id}-scope`} value={scope} onChange={(e) => (setScope(e.currentTarget.value), setDraft(null), setSaved(null))}>
            <option value="">The whole workspace</option>
            {teams.data.map((t) => (
              <option key={t.id} value={t.id}>
                Team {t.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {!draft ? (
        <p role="status" class="muted">
          Loading office hours…
        </p>
      ) : (
        <form class="stack" onSubmit={(e) => (e.preventDefault(), void run(() => saveOfficeHours(teamId, draft), "Office hours saved."))}>
          {draft.inherited && (
            <p class="muted">{teamId === null ? "No office hours set: the team counts as always in." : `Team ${teamName ?? ""} follows the workspace's hours until you save its own.`}</p>
          )}
          <div class="inline-form">
            <div class="field">
              <label for={`${id}-zone`}>Time zone</label>
              <select id={`${id}-zone`} value={draft.timezone} onChange={(e) => edit({ timezone: e.currentTarget.value })}>
                {zones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for={`${id}-reply`}>We usually reply</label>
              <select id={`${id}-reply`} value={draft.replyTime} onChange={(e) => edit({ replyTime: REPLY_TIMES.find((r) => r === e.currentTarget.value) ?? "minutes" })}>
                {REPLY_TIMES.map((r) => (
                  <option key={r} value={r}>
                    {REPLY_LABELS[r]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div class="table-wrap">
            <table>
              <caption class="sr-only">Opening hours, in the time zone above</caption>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Opens</th>
                  <th scope="col">Closes</th>
                  <th scope="col">
                    <span class="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {draft.intervals.map((interval, i) => (
                  <tr key={i}>
                    <td>
                      <select aria-label={`Day of hours ${i + 1}`} value={interval.day} onChange={(e) => editInterval(i, { day: DAYS.find((d) => d === e.currentTarget.value) ?? interval.day })}>
                        {DAYS.map((day) => (
                          <option key={day} value={day}>
                            {dayName(day)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input type="time" aria-label={`Opens on ${dayName(interval.day)}`} required value={interval.open} onInput={(e) => editInterval(i, { open: e.currentTarget.value })} />
                    </td>
                    <td>
                      <input type="time" aria-label={`Closes on ${dayName(interval.day)}`} required value={closeForInput(interval.close)} onInput={(e) => editInterval(i, { close: closeFromInput(e.currentTarget.value) })} />
                    </td>
                    <td>
                      <button type="button" class="button" onClick={() => edit({ intervals: draft.intervals.filter((_, k) => k !== i) })}>
                        Remove<span class="sr-only"> {dayName(interval.day)} hours</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {draft.intervals.length === 0 && <p class="muted">No hours: the team counts as always away.</p>}
          <p class="field-hint">Closing at 00:00 means midnight at the end of that day.</p>
          <div class="inline-form">
            <button type="button" class="button" onClick={() => edit({ intervals: [...draft.intervals, { day: "monday", open: "09:00", close: "17:00" }] })}>
              Add hours
            </button>
            <button type="button" class="button" onClick={() => edit({ intervals: WEEKDAYS })}>
              Weekdays 9:00–17:00
            </button>
          </div>
          <ErrorAlert error={error} />
          {saved && <p role="status">{saved}</p>}
          <div class="inline-form">
            <button type="submit" class="button button-primary" disabled={busy}>
              Save office hours
            </button>
            {!draft.inherited && (
              <button type="button" class="button" disabled={busy} onClick={() => void run(() => resetOfficeHours(teamId), teamId === null ? "Office hours removed." : "The team follows the workspace's hours again.")}>
                {teamId === null ? "Remove office hours" : "Use the workspace's hours"}
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
