import { useEffect, useRef, useState } from "preact/hooks";
import { isMissingEndpoint, send } from "../lib/api.ts";
import { useDirectory } from "../lib/inboxDirectory.ts";
import { useInboxHub } from "../lib/inboxHubHook.ts";
import { PresenceDot } from "./PresenceDot.tsx";

// Header: who of the team is online, and my Available/Away switch (away admins get no new assignments).
export function PresenceBar({ me }: { me: string }) {
  const hub = useInboxHub();
  const directory = useDirectory();
  const [away, setAway] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const mine = hub.state.presence.get(me);
  const known = away ?? mine?.away ?? directory.admins.find((a) => a.id === me)?.away ?? false;
  // Quick toggles must reach the server in the order they were made, and the hub's echo of an
  // earlier one must not overwrite a later choice still on its way.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const inFlight = useRef(0);
  const [saving, setSaving] = useState(0);

  useEffect(() => {
    if (mine && inFlight.current === 0) setAway(mine.away);
  }, [mine?.away]);

  const save = async (next: boolean) => {
    try {
      await send("PUT", "/admin/api/me/away", { body: { away: next } });
    } catch (err) {
      // Until the endpoint exists the hub frame alone carries it; failing both, undo.
      const notThere = isMissingEndpoint(err);
      if (!(notThere && hub.send({ type: "away", away: next }))) {
        setAway(!next);
        setProblem(notThere ? "Away mode is not available yet." : "Could not change away mode.");
      }
    }
  };

  const toggle = () => {
    const next = !known;
    setAway(next);
    setProblem(null);
    inFlight.current += 1;
    setSaving(inFlight.current);
    queue.current = queue.current.then(() => save(next)).finally(() => {
      inFlight.current -= 1;
      setSaving(inFlight.current);
    });
  };

  const online = directory.admins.filter((a) => a.id !== me && hub.state.presence.get(a.id)?.online);
  return (
    <div class="presence-bar">
      {online.length > 0 && (
        <ul class="presence-team" aria-label="Teammates online">
          {online.map((admin) => (
            <li key={admin.id} title={admin.name}>
              <PresenceDot presence={hub.state.presence.get(admin.id)} />
              <span class="presence-name">{admin.name}</span>
            </li>
          ))}
        </ul>
      )}
      {/* A switch, not a toggle button: on means "Available", and its name stays the same either way. */}
      <button type="button" role="switch" aria-checked={!known} aria-busy={saving > 0} class={`presence-switch${known ? " is-away" : ""}`} onClick={toggle}>
        <span class="presence-switch-track" aria-hidden="true">
          <span class="presence-switch-thumb" />
        </span>
        <span class="presence-switch-label">Available</span>
      </button>
      {problem && (
        <span class="small muted" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
