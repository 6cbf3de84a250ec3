import type { ConversationSummary } from "../../../../shared/protocol.ts";
import type { BootSession } from "../../loader/types.ts";
import { expectedReply, onlineText } from "../lib/homeStatus.ts";
import { ConversationList } from "./ConversationList.tsx";
import { TeamFaces } from "./TeamFaces.tsx";

interface Props {
  session: BootSession;
  recent: ConversationSummary[];
  onNew: () => void;
  onOpen: (id: string) => void;
  onHelp: () => void;
}

export function Home({ session, recent, onNew, onOpen, onHelp }: Props) {
  const first = session.contact.name?.split(" ")[0];
  const online = session.office_hours.open ? onlineText(session.team) : null;
  const reply = expectedReply(session.office_hours, Math.floor(Date.now() / 1000), Intl.DateTimeFormat().resolvedOptions().timeZone);
  return (
    <div class="b">
      <p class="g">Hi{first ? ` ${first}` : " there"} 👋</p>
      <p>Ask us anything — the {session.app.name} team is here to help.</p>
      <section class="c hm" aria-labelledby="parley-reply">
        <TeamFaces team={session.team} />
        <p id="parley-reply" class="rt">
          {reply}
        </p>
        {online && <p class="ol">{online}</p>}
        <button type="button" class="pri" onClick={onNew}>
          Send us a message
        </button>
      </section>
      {recent.length > 0 && (
        <>
          <h3>Recent conversations</h3>
          <ConversationList items={recent.slice(0, 3)} onOpen={onOpen} />
        </>
      )}
      <button type="button" class="c" onClick={onHelp}>
        Search for help
        <small>Find answers in our help center</small>
      </button>
    </div>
  );
}
