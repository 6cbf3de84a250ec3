import { useEffect, useState } from "preact/hooks";
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

  useEffect(() => {
    if (mine) setAway(mine.away);
  }, [mine?.away]);

  const toggle = async () => {
    const next = !known;
    setAway(next);
    setProblem(null);
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
      <button type="button" role="switch" aria-checked={!known} class={`presence-switch${known ? " is-away" : ""}`} onClick={() => void toggle()}>
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
