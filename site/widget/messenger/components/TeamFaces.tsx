import type { BootSession } from "../../loader/types.ts";
import { faceColor } from "../lib/homeStatus.ts";
import { useLanguage } from "../lib/language.ts";

/** The team as faces: initials in a colour of their own, a green dot for whoever is online. */
export function TeamFaces({ team }: { team: BootSession["team"] }) {
  const { t } = useLanguage();
  if (team.length === 0) return null;
  return (
    <ul class="tm" aria-label={t.ourTeam}>
      {team.map((a) => (
        <li key={a.id}>
          <span class="fa" aria-hidden="true" style={`background:${faceColor(a.id)}`}>
            {a.name.slice(0, 1).toUpperCase()}
            {a.online && <i class="on" />}
          </span>
          <span class="fn">
            {a.name}
            <span class="sr"> {a.online ? t.teamMemberOnline : t.teamMemberAway}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
