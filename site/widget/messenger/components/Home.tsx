import { format } from "../../../../shared/i18n/language.ts";
import type { ConversationSummary } from "../../../../shared/protocol.ts";
import type { BootSession } from "../../loader/types.ts";
import { expectedReply, onlineText } from "../lib/homeStatus.ts";
import { useLanguage } from "../lib/language.ts";
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
  const { t } = useLanguage();
  const first = session.contact.name?.split(" ")[0];
  const online = session.office_hours.open ? onlineText(session.team, t) : null;
  const reply = expectedReply(session.office_hours, Math.floor(Date.now() / 1000), Intl.DateTimeFormat().resolvedOptions().timeZone, t);
  return (
    <div class="b">
      <p class="g">{first ? format(t.greeting, { name: first }) : t.greetingAnonymous}</p>
      <p>{format(t.homeLead, { app: session.app.name })}</p>
      <section class="c hm" aria-labelledby="parley-reply">
        <TeamFaces team={session.team} />
        <p id="parley-reply" class="rt">
          {reply}
        </p>
        {online && <p class="ol">{online}</p>}
        <button type="button" class="pri" onClick={onNew}>
          {t.sendUsAMessage}
        </button>
      </section>
      {recent.length > 0 && (
        <>
          <h3>{t.recentConversations}</h3>
          <ConversationList items={recent.slice(0, 3)} onOpen={onOpen} />
        </>
      )}
      <button type="button" class="c" onClick={onHelp}>
        {t.searchForHelp}
        <small>{t.findAnswers}</small>
      </button>
    </div>
  );
}
