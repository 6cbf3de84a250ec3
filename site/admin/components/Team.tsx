import { refreshDirectory } from "../lib/inboxDirectory.ts";
import { useInboxHub } from "../lib/inboxHubHook.ts";
import { listTeammates, listTeams } from "../lib/team.ts";
import { useResource } from "../lib/useResource.ts";
import { Avatar } from "./Avatar.tsx";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { Invites } from "./Invites.tsx";
import { PresenceDot } from "./PresenceDot.tsx";
import { TeamAccess } from "./TeamAccess.tsx";
import { TeamsEditor } from "./TeamsEditor.tsx";

interface Props {
  currentAdminId: string;
  isOwner?: boolean;
}

export function Team({ currentAdminId, isOwner = false }: Props) {
  const hub = useInboxHub();
  const [directory, reload] = useResource(
    async (signal) => {
      const [teammates, teams] = await Promise.all([listTeammates(signal), listTeams(signal)]);
      return { teammates, teams };
    },
    [],
  );

  if (directory.status === "loading") return <p role="status" class="muted">Loading team…</p>;
  if (directory.status === "error") {
    return <ErrorAlert error={directory.error} onRetry={reload} />;
  }

  const { teammates, teams } = directory.data;
  const teamNameOf = new Map(teams.map((t) => [t.id, t.name]));
  const changed = () => {
    reload();
    // The inbox's views and assign menus list teams too.
    refreshDirectory();
  };

  return (
    <div class="stack-lg">
      <section aria-labelledby="teammates-title" class="card">
        <h2 id="teammates-title">Teammates ({teammates.length})</h2>
        <ul class="people">
          {teammates.map((admin) => (
            <li key={admin.id} class="person">
              <Avatar name={admin.name} />
              <div>
                <p class="person-name">
                  <PresenceDot presence={hub.state.presence.get(admin.id)} /> {admin.name}
                  {admin.id === currentAdminId && <span class="badge">You</span>}
                  {(hub.state.presence.get(admin.id)?.away ?? admin.away) && <span class="badge badge-snoozed">Away</span>}
                </p>
                <p class="muted">
                  {admin.email}
                  {admin.jobTitle && ` · ${admin.jobTitle}`}
                </p>
                {admin.teamIds.length > 0 && (
                  <p class="muted small">Teams: {admin.teamIds.map((id) => teamNameOf.get(id) ?? `#${id}`).join(", ")}</p>
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <TeamsEditor teams={teams} teammates={teammates} isOwner={isOwner} onChanged={changed} />
      {isOwner && <Invites />}
      {isOwner && <TeamAccess currentAdminId={currentAdminId} onChanged={changed} />}
    </div>
  );
}
