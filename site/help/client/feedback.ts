// The article footer: counts a view, stores one changeable reaction per reader, and after a sad
// reaction offers "Talk to us" — the messenger with the article attached when it is on the
// page (window.Parley / window.Intercom), else the contact link from content/site.yaml.
import { beacon, send, type Reaction } from "./helpApi.ts";
import { rememberReaction, rememberedReaction, visitorId } from "./visitor.ts";

const REACTIONS: readonly Reaction[] = ["sad", "neutral", "happy"];
const isReaction = (value: unknown): value is Reaction => REACTIONS.some((r) => r === value);

type Messenger = (method: string, ...args: unknown[]) => unknown;

function messenger(): Messenger | null {
  const candidate: unknown = Reflect.get(window, "Parley") ?? Reflect.get(window, "Intercom");
  return typeof candidate === "function" ? (method, ...args) => Reflect.apply(candidate, window, [method, ...args]) : null;
}

export function mountFeedback(root: HTMLElement): void {
  const { appId = "", articleId = "", articleTitle = "" } = root.dataset;
  // The address the reader is on, not content/site.yaml's: the same pages may be served from a
  // preview deployment or another port, and the team should get a link that opens.
  const articleUrl = `${location.origin}${location.pathname}`;
  const status = root.querySelector<HTMLElement>("[data-feedback-status]");
  const talkBox = root.querySelector<HTMLElement>("[data-talk-box]");
  const talk = root.querySelector<HTMLAnchorElement>("[data-talk]");
  const buttons = [...root.querySelectorAll<HTMLButtonElement>("[data-reaction]")];
  if (!status || !talkBox || !talk) return;
  root.hidden = false;
  beacon("views", { app_id: appId, article_id: articleId });

  const show = (reaction: string | null) => {
    for (const button of buttons) button.setAttribute("aria-pressed", String(button.dataset.reaction === reaction));
    talkBox.hidden = reaction !== "sad";
  };
  show(rememberedReaction(articleId));

  for (const button of buttons) {
    button.addEventListener("click", async () => {
      const reaction = button.dataset.reaction;
      if (!isReaction(reaction)) return;
      show(reaction);
      rememberReaction(articleId, reaction);
      const stored = await send("reactions", { app_id: appId, article_id: articleId, visitor_id: visitorId(), reaction });
      status.textContent = stored ? (root.dataset.textThanks ?? "Thanks for telling us.") : (root.dataset.textFailed ?? "Your answer could not be saved; please try again later.");
    });
  }

  talk.addEventListener("click", (event) => {
    beacon("talk", { app_id: appId, article_id: articleId });
    const open = messenger();
    if (!open) return;
    event.preventDefault();
    open("showNewMessage", { article: { id: articleId, title: articleTitle, url: articleUrl } });
  });
}
