import type { LoaderText } from "../../../shared/i18n/loaderText.ts";
import type { Launcher } from "./launcher.ts";
import type { Notice } from "./notice.ts";
import type { Look } from "./types.ts";

// The card above the launcher for a message from the team while the messenger is closed. It lives
// in the launcher's live region, which is always there, so screen readers hear each new card;
// Escape or × dismisses it and hands focus back to the launcher. Its styles wait for a first card.
const CSS = `.ln-c{position:fixed;bottom:calc(var(--v) + 68px);width:min(300px,calc(100vw - 40px));display:flex;align-items:flex-start;background:#fff;color:#1f2937;border-radius:12px;box-shadow:0 6px 24px #0003;z-index:2147483000;font:14px/1.4 system-ui,sans-serif}
.ln-o{flex:1;min-width:0;padding:12px 4px 12px 14px;border:0;background:none;color:inherit;font:inherit;text-align:left;cursor:pointer;border-radius:12px}
.ln-o b,.ln-o span{display:block;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}.ln-o b{font-weight:600}
.ln-x{border:0;background:none;color:#4b5563;font:20px/1 system-ui,sans-serif;padding:8px 10px;cursor:pointer;border-radius:8px}
.ln-o:focus-visible,.ln-x:focus-visible{outline:3px solid var(--a)}`;

export interface Card {
  show(notice: Notice): void;
  /** Hides the card, or only the one about conversation `id`. */
  hide(id?: string): void;
}

export function createCard(launcher: Launcher, look: Look, onOpen: (id: string) => void, words: () => LoaderText): Card {
  const region = launcher.region;
  let shown: string | null = null;
  let styled = false;

  const hide = (id?: string) => {
    if (id !== undefined && id !== shown) return;
    const hadFocus = region.contains(launcher.root.activeElement);
    region.replaceChildren();
    shown = null;
    if (hadFocus) launcher.focus();
  };

  const button = (className: string, label: string | null, onClick: () => void) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = className;
    if (label) b.setAttribute("aria-label", label);
    b.addEventListener("click", onClick);
    return b;
  };

  return {
    show(notice) {
      if (!styled) {
        const style = document.createElement("style");
        style.textContent = CSS;
        launcher.root.prepend(style);
        styled = true;
      }
      const card = document.createElement("div");
      card.className = "ln-c";
      card.style.setProperty(look.alignment === "left" ? "left" : "right", `${look.horizontalPadding}px`);
      card.style.setProperty("--v", `${look.verticalPadding}px`);
      card.style.setProperty("--a", look.actionColor);
      card.addEventListener("keydown", (e) => e.key === "Escape" && hide());
      const open = button("ln-o", null, () => (hide(), onOpen(notice.id)));
      const name = document.createElement("b");
      name.textContent = notice.name;
      const text = document.createElement("span");
      text.textContent = notice.text;
      open.append(name, text);
      const close = button("ln-x", words().dismissMessage, () => hide());
      close.textContent = "×";
      card.append(open, close);
      region.replaceChildren(card);
      shown = notice.id;
    },
    hide,
  };
}
