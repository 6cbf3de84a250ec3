import type { ConversationSummary } from "../../../../shared/protocol.ts";
import type { BootSession } from "../../loader/types.ts";
import { ConversationList } from "./ConversationList.tsx";

interface Props {
  session: BootSession;
  recent: ConversationSummary[];
  onNew: () => void;
  onOpen: (id: string) => void;
  onHelp: () => void;
}

export function Home({ session, recent, onNew, onOpen, onHelp }: Props) {
  const first = session.contact.name?.split(" ")[0];
  return (
    <div class="b">
      <p class="g">Hi{first ? ` ${first}` : " there"} 👋</p>
      <p>Ask us anything — the {session.app.name} team usually replies within minutes.</p>
      <button type="button" class="pri" onClick={onNew}>
        Send us a message
      </button>
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
