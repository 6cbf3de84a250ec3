import { render } from "preact";
import type { Core, Messenger } from "../loader/types.ts";
import { App, type Command, type View } from "./components/App.tsx";
import { STYLES } from "./lib/styles.ts";

// Loaded by the loader on first use; everything it shows lives in the loader's shadow root.
export function mount(core: Core): Messenger {
  const style = document.createElement("style");
  style.textContent = STYLES;
  const container = document.createElement("div");
  core.root.append(style, container);
  // Calls can come before the App's first effect has subscribed: they wait in a queue.
  let send: ((c: Command) => void) | null = null;
  const queue: Command[] = [];
  render(
    <App
      core={core}
      subscribe={(fn) => {
        send = fn;
        for (const c of queue.splice(0)) fn(c);
      }}
    />,
    container,
  );
  const command = (c: Command) => (send ? send(c) : queue.push(c));
  return {
    call(method, args) {
      const [first] = args;
      const text = typeof first === "string" || typeof first === "number" ? String(first) : "";
      // Parley's help center asks for a conversation about an article: {article: {title, url}}.
      const about = articleOf(first);
      const views: Record<string, Command> = {
        show: { open: true },
        hide: { open: false },
        showMessages: { open: true, view: { name: "messages" } },
        showNewMessage: { open: true, view: about ? { name: "new", prefill: "", about } : { name: "new", prefill: text } },
        showConversation: { open: true, view: { name: "conversation", id: text } },
        showArticle: { open: true, view: { name: "help", articleId: text } },
        showSpace: { open: true, view: spaceView(text) },
      };
      const c = views[method];
      if (c) command(c);
    },
    unmount() {
      render(null, container);
      container.remove();
      style.remove();
    },
  };
}

function articleOf(value: unknown): { title: string; url: string } | null {
  if (typeof value !== "object" || value === null || !("article" in value)) return null;
  const article: unknown = value.article;
  if (typeof article !== "object" || article === null || !("title" in article) || !("url" in article)) return null;
  return typeof article.title === "string" && typeof article.url === "string" ? { title: article.title, url: article.url } : null;
}

function spaceView(space: string): View {
  return space === "messages" ? { name: "messages" } : space === "help" ? { name: "help" } : { name: "home" };
}
