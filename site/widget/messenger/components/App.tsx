import { useEffect, useRef, useState } from "preact/hooks";
import { format } from "../../../../shared/i18n/language.ts";
import { parseServerFrame, type ConversationSummary } from "../../../../shared/protocol.ts";
import type { Core } from "../../loader/types.ts";
import { fetchConversations, totalUnread, upsert } from "../lib/conversations.ts";
import { LanguageContext, messengerLanguage } from "../lib/language.ts";
import { ConversationList } from "./ConversationList.tsx";
import { ConversationView } from "./ConversationView.tsx";
import { Help } from "./Help.tsx";
import { Home } from "./Home.tsx";
import { NewConversation } from "./NewConversation.tsx";

export type View =
  | { name: "home" }
  | { name: "messages" }
  | { name: "conversation"; id: string }
  /** `about`: a help article the visitor asks about; the prefill then names it in their language. */
  | { name: "new"; prefill: string; about?: { title: string; url: string } }
  | { name: "help"; articleId?: string };
export type Command = { open: boolean; view?: View };

export function App({ core, subscribe }: { core: Core; subscribe: (fn: (c: Command) => void) => void }) {
  const [open, setOpen] = useState(false);
  const [view, setView] = useState<View>({ name: "home" });
  const [list, setList] = useState<ConversationSummary[]>([]);
  const panel = useRef<HTMLDivElement>(null);
  const session = core.session();

  useEffect(() => {
    subscribe((command) => {
      setOpen(command.open);
      if (command.view) setView(command.view);
    });
    void fetchConversations(core).then(setList);
    core.onChannel((text) => {
      const frame = parseServerFrame(text);
      if (frame?.type === "conversation") setList((current) => upsert(current, frame.conversation));
    });
  }, []);

  const reading = open && view.name === "conversation" ? view.id : null;
  const shown = reading ? list.map((c) => (c.id === reading ? { ...c, unread: 0 } : c)) : list;
  useEffect(() => core.setUnread(totalUnread(shown)), [shown.map((c) => c.unread).join()]);
  useEffect(() => {
    core.setOpen(open);
    if (open) panel.current?.querySelector<HTMLElement>("button, textarea")?.focus();
  }, [open]);

  if (!open || !session) return null;
  const look = core.look();
  const language = messengerLanguage(core.settings(), navigator.languages);
  const { t } = language;
  const go = (next: View) => setView(next);
  const title = view.name === "messages" ? t.messagesTitle : view.name === "help" ? t.helpTitle : session.app.name;
  const nav = { home: t.home, messages: t.messagesTitle, help: t.helpTitle };
  return (
    <LanguageContext.Provider value={language}>
      <div
        class={look.alignment === "left" ? "p l" : "p"}
        ref={panel}
        role="dialog"
        lang={t.lang}
        aria-label={format(t.messengerLabel, { app: session.app.name })}
        // Padding as variables, not as `right: 20px`: an inline side would beat the phone layout's `inset: 0`.
        style={`--a:${look.actionColor};--v:${look.verticalPadding}px;--h:${look.horizontalPadding}px`}
        onKeyDown={(e) => e.key === "Escape" && setOpen(false)}
      >
        <div class="h">
          {view.name !== "home" && (
            <button type="button" class="bk" aria-label={t.back} onClick={() => go({ name: "home" })}>
              ‹
            </button>
          )}
          <h2>{title}</h2>
          <div class="f" aria-hidden="true">
            {session.team.map((a) => (
              <span class="av" key={a.id} title={a.name}>
                {a.name.slice(0, 1).toUpperCase()}
              </span>
            ))}
          </div>
          <button type="button" class="x" aria-label={t.closeMessenger} onClick={() => setOpen(false)}>
            ×
          </button>
        </div>
        {view.name === "home" && <Home session={session} recent={shown} onNew={() => go({ name: "new", prefill: "" })} onOpen={(id) => go({ name: "conversation", id })} onHelp={() => go({ name: "help" })} />}
        {view.name === "messages" && (
          <div class="b">
            <button type="button" class="pri" onClick={() => go({ name: "new", prefill: "" })}>
              {t.newConversation}
            </button>
            <ConversationList items={shown} onOpen={(id) => go({ name: "conversation", id })} />
          </div>
        )}
        {view.name === "new" && (
          <NewConversation core={core} prefill={view.about ? format(t.aboutArticle, view.about) : view.prefill} pageUrl={view.about?.url} onStarted={(c) => (setList((l) => upsert(l, c)), go({ name: "conversation", id: c.id }))} />
        )}
        {view.name === "conversation" && <ConversationView core={core} id={view.id} visible={open} />}
        {view.name === "help" && (
          <Help core={core} articleId={view.articleId} onTalk={(a) => go({ name: "new", prefill: "", about: { title: a.title, url: a.url } })} />
        )}
        <nav class="nav" aria-label={t.messengerNav}>
          {(["home", "messages", "help"] as const).map((name) => (
            <button type="button" key={name} aria-current={view.name === name ? "page" : undefined} onClick={() => go({ name })}>
              {nav[name]}
            </button>
          ))}
        </nav>
      </div>
    </LanguageContext.Provider>
  );
}
