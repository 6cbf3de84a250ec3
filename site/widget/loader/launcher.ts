import { format } from "../../../shared/i18n/language.ts";
import type { LoaderText } from "../../../shared/i18n/loaderText.ts";
import type { Look } from "./types.ts";

// The launcher button with its unread badge, in an open shadow root so that neither the host
// page's CSS nor ours can leak across. The messenger later shares this root: the launcher's class
// names carry an `ln-` prefix the messenger never uses.
const CSS = `:host{all:initial}
.ln-l{position:fixed;bottom:var(--v);width:56px;height:56px;border-radius:50%;border:0;background:var(--a);color:#fff;cursor:pointer;box-shadow:0 4px 16px #0003;z-index:2147483000;display:grid;place-items:center;transition:transform .15s}
.ln-l:hover{transform:scale(1.06)}.ln-l:focus-visible{outline:3px solid #fff;box-shadow:0 0 0 6px var(--a)}
.ln-b{position:absolute;top:-4px;right:-4px;min-width:20px;height:20px;padding:0 5px;border-radius:10px;background:#e11d48;color:#fff;font:600 12px/20px system-ui,sans-serif;box-sizing:border-box;text-align:center}
.ln-l[hidden],.ln-b[hidden]{display:none}.ln-i{display:grid}
@media (prefers-reduced-motion:reduce){.ln-l{transition:none}.ln-l:hover{transform:none}}`;

const ICON = '<svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z"/></svg>';
// While the messenger is open the launcher closes it, and says so with a chevron pointing down.
const CLOSE = '<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"><path d="M6 9l6 6 6-6"/></svg>';

export interface Launcher {
  host: HTMLElement;
  root: ShadowRoot;
  /** The live region the message card goes in: present from the start, so each card is announced. */
  region: HTMLElement;
  setUnread(count: number): void;
  setVisible(visible: boolean): void;
  setExpanded(open: boolean): void;
  focus(): void;
  remove(): void;
}

/**
 * Built before the page is idle, so as cheap as it gets: one parse of one template, no layout reads.
 * `text` gives the words in the reader's language at the moment; the name follows every change.
 */
export function createLauncher(look: Look, visible: boolean, onClick: () => void, text: () => LoaderText): Launcher {
  const host = document.createElement("div");
  host.setAttribute("data-parley", "");
  const root = host.attachShadow({ mode: "open" });
  root.innerHTML = `<style>${CSS}</style><button class="ln-l" type="button" aria-expanded="false"${visible ? "" : " hidden"}><span class="ln-i">${ICON}</span><span class="ln-b" hidden></span></button><div role="status" aria-live="polite"></div>`;
  const button = root.querySelector("button");
  const [icon, badge] = button?.children ?? [];
  const region = root.lastElementChild;
  if (!(button && icon && badge instanceof HTMLElement && region instanceof HTMLElement)) throw new Error("Parley: launcher template");
  let [expanded, unread] = [false, 0];
  const label = () => {
    const words = text();
    button.setAttribute("aria-label", expanded ? words.closeMessenger : unread > 1 ? format(words.openMessengerUnread, { n: unread }) : unread === 1 ? words.openMessengerUnreadOne : words.openMessenger);
  };
  label();
  button.addEventListener("click", onClick);
  // Set as properties, not written into the template: colours come from the host's settings.
  button.style.setProperty(look.alignment === "left" ? "left" : "right", `${look.horizontalPadding}px`);
  button.style.setProperty("--v", `${look.verticalPadding}px`);
  button.style.setProperty("--a", look.actionColor);
  document.body.append(host);
  return {
    host,
    root,
    region,
    setUnread(count) {
      badge.hidden = count <= 0;
      badge.textContent = count > 9 ? "9+" : String(count);
      unread = count;
      label();
    },
    setVisible(visible) {
      button.hidden = !visible;
    },
    setExpanded(open) {
      button.setAttribute("aria-expanded", String(open));
      icon.innerHTML = open ? CLOSE : ICON;
      expanded = open;
      label();
    },
    focus: () => button.focus(),
    remove: () => host.remove(),
  };
}
