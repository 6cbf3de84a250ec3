import { useEffect, useRef } from "preact/hooks";
import { isTypingTarget, shortcutFor } from "../lib/shortcuts.ts";
import type { ConversationCommands } from "./ConversationView.tsx";

interface Options {
  ids: string[];
  selected: string | null;
  open: (id: string) => void;
  commands: { current: ConversationCommands | null };
  help: () => void;
}

function editable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return isTypingTarget({ tagName: target.tagName, isContentEditable: target.isContentEditable, type: target instanceof HTMLInputElement ? target.type : "" });
}

/** The inbox's single-key shortcuts, on the document, never while typing or with a dialog open. */
export function useInboxShortcuts(options: Options): void {
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector("dialog[open]")) return;
      const action = shortcutFor({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, typing: editable(event.target) });
      if (!action) return;
      const { ids, selected, open, commands, help } = latest.current;
      event.preventDefault();
      const index = selected ? ids.indexOf(selected) : -1;
      switch (action) {
        case "next":
        case "previous": {
          const id = action === "next" ? ids[index + 1] : index > 0 ? ids[index - 1] : undefined;
          if (id) open(id);
          return;
        }
        case "reply":
          return commands.current?.compose("comment");
        case "note":
          return commands.current?.compose("note");
        case "close":
          return commands.current?.close();
        case "assign":
          return commands.current?.assign();
        case "tag":
          return commands.current?.tag();
        case "help":
          return help();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
