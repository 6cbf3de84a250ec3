import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { format } from "../../../../shared/i18n/language.ts";
import type { MessageKey } from "../../../../shared/i18n/messages.ts";
import type { Part } from "../../../../shared/protocol.ts";
import type { Core } from "../../loader/types.ts";
import { useConversation } from "../lib/useConversation.ts";
import { shouldAskForEmail } from "../lib/emailAsk.ts";
import { Composer } from "./Composer.tsx";
import { EmailAsk } from "./EmailAsk.tsx";
import { MessageBody } from "./MessageBody.tsx";
import { AttachmentList } from "./AttachmentList.tsx";
import { messengerBase, visitorUploader } from "../lib/visitorUpload.ts";
import { useLanguage } from "../lib/language.ts";
import { closedNow } from "../lib/rating.ts";
import { RatingAsk } from "./RatingAsk.tsx";

/** Once a visitor gave an address, no other conversation asks again before the next boot says so. */
let emailGiven = false;

const EVENTS: Partial<Record<Part["part_type"], MessageKey>> = { close: "conversationClosed", open: "conversationReopened" };

export function ConversationView({ core, id, visible }: { core: Core; id: string; visible: boolean }) {
  const { t } = useLanguage();
  const { state, socket } = useConversation(core, id);
  const base = messengerBase(core);
  const upload = useMemo(() => visitorUploader(core, t, id), [core, t, id]);
  const log = useRef<HTMLDivElement>(null);
  const parts = state?.parts ?? [];
  useEffect(() => {
    log.current?.scrollTo({ top: log.current.scrollHeight });
    if (visible && state?.online) socket?.read();
  }, [parts.length, visible, state?.online]);
  const ownLast = [...parts].reverse().find((p) => p.author.type === "user");
  const [givenHere, setGivenHere] = useState(false);
  const due = shouldAskForEmail({
    email: core.session()?.contact.email ?? null,
    visitorMessages: parts.filter((p) => p.part_type === "comment" && p.author.type === "user").length + (state?.pending.length ?? 0),
    // The boot answer lists the team without presence yet: ask whenever the visitor has no email.
    teamOnline: null,
    alreadyGiven: emailGiven,
  });
  return (
    <>
      {state && !state.online && (
        <div class="off" role="status">
          {t.offline}
        </div>
      )}
      <div class="b" ref={log}>
        <div class="log" role="log" aria-live="polite" aria-label={t.conversation}>
          {parts.map((p, i) => {
            const label = EVENTS[p.part_type];
            if (label) return <div class="ev" key={p.seq}>{t[label]}</div>;
            if (p.part_type !== "comment") return null;
            const mine = p.author.type === "user";
            const showName = !mine && parts[i - 1]?.author.id !== p.author.id;
            return (
              <div class={`m${mine ? " u" : ""}`} key={p.seq}>
                {showName && <div class="who">{p.author.name ?? t.theTeam}</div>}
                {p.body && (
                  <div class="bb">
                    <MessageBody text={p.body} />
                  </div>
                )}
                {p.attachments && <AttachmentList list={p.attachments} base={base} />}
                {p === ownLast && <div class="st">{state && state.readByAdmin >= p.seq ? t.seen : t.delivered}</div>}
              </div>
            );
          })}
          {state?.pending.map((p) => (
            <div class="m u" key={p.clientId}>
              {p.body && (
                <div class="bb">
                  <MessageBody text={p.body} />
                </div>
              )}
              {p.attachments && <AttachmentList list={p.attachments} base={base} />}
              {p.error ? (
                <div class="err" role="alert">
                  {p.error}{" "}
                  <button type="button" class="x" onClick={() => socket?.retry(p.clientId)}>
                    {t.retry}
                  </button>
                </div>
              ) : (
                <div class="st">{t.sending}</div>
              )}
            </div>
          ))}
        </div>
        {/* Once given here, the card stays to say "check your inbox". */}
        {(due || givenHere) && <EmailAsk core={core} onGiven={() => ((emailGiven = true), setGivenHere(true))} />}
        {closedNow(parts) && <RatingAsk core={core} id={id} />}
      </div>
      <div class="ty" aria-live="polite">
        {state?.typing ? format(t.typing, { name: state.typing }) : state?.typing === "" ? t.someoneTyping : ""}
      </div>
      <Composer placeholder={t.writeReply} onSend={(text, files) => socket?.send(text, "comment", files)} onTyping={() => socket?.typing()} upload={upload} />
    </>
  );
}
