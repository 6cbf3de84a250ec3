import type { Look } from "./types.ts";

// The launcher button with its unread badge, in an open shadow root so that neither the host
// page's CSS nor ours can leak across. The messenger later shares this root: the launcher's class
// names carry an `ln-` prefix the messenger never uses.
const CSS = `:host{all:initial}
.ln-l{position:fixed;bottom:var(--v);width:56px;height:56px;border-radius:50%;border:0;background:var(--a);color:#fff;cursor:pointer;box-shadow:0 4px 16px #0003;z-index:2147483000;display:grid;place-items:center;transition:transform .15s}
.ln-l:hover{transform:scale(1.06)}.ln-l:focus-visible{outline:3px solid #fff;box-shadow:0 0 0 6px var(--a)}
.ln-b{position:absolute;top:-4px;right:-4px;min-width:20px;height:20px;padding:0 5px;border-radius:10px;background:#e11d48;color:#fff;font:600 12px/20px system-ui,sans-serif;box-sizing:border-box;text-align:center}
.ln-b[hidden]{display:none}
@media (prefers-reduced-motion:reduce){.ln-l{transition:none}.ln-l:hover{transform:none}}`;

const ICON = '<svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z"/></svg>';

export interface Launcher {
  host: HTMLElement;
  root: ShadowRoot;
  setUnread(count: number): void;
  setVisible(visible: boolean): void;
  setExpanded(open: boolean): void;
  focus(): void;
  remove(): void;
}

export function createLauncher(look: Look, onClick: () => void): Launcher {
  const host = document.createElement("div");
  host.setAttribute("data-parley", "");
  const root = host.attachShadow({ mode: "open" });
  const style = document.createElement("style");
  style.textContent = CSS;
  const button = document.createElement("button");
  button.className = "ln-l";
  button.type = "button";
  button.setAttribute("aria-label", "Open the messenger");
  button.setAttribute("aria-expanded", "false");
  button.innerHTML = ICON;
  const badge = document.createElement("span");
  badge.className = "ln-b";
  badge.hidden = true;
  button.append(badge);
  button.addEventListener("click", onClick);
  const side = look.alignment === "left" ? "left" : "right";
  button.style.setProperty(side, `${look.horizontalPadding}px`);
  button.style.setProperty("--v", `${look.verticalPadding}px`);
  button.style.setProperty("--a", look.actionColor);
  root.append(style, button);
  document.body.append(host);
  return {
    host,
    root,
    setUnread(count) {
      badge.hidden = count <= 0;
      badge.textContent = count > 9 ? "9+" : String(count);
      button.setAttribute("aria-label", count > 0 ? `Open the messenger, ${count} unread` : "Open the messenger");
    },
    setVisible(visible) {
      button.hidden = !visible;
    },
    setExpanded(open) {
      button.setAttribute("aria-expanded", String(open));
    },
    focus: () => button.focus(),
    remove: () => host.remove(),
  };
}
