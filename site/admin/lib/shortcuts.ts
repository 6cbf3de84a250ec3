// Inbox keyboard shortcuts (Intercom's and Chatwoot's single letters). The mapping is pure so it
// can be tested; the component decides what each action does.
export type ShortcutAction = "next" | "previous" | "reply" | "note" | "close" | "assign" | "tag" | "help";

export const SHORTCUTS: ReadonlyArray<{ key: string; action: ShortcutAction; label: string }> = [
  { key: "j", action: "next", label: "Next conversation" },
  { key: "k", action: "previous", label: "Previous conversation" },
  { key: "r", action: "reply", label: "Reply" },
  { key: "n", action: "note", label: "Write a note" },
  { key: "e", action: "close", label: "Close conversation" },
  { key: "a", action: "assign", label: "Assign" },
  { key: "t", action: "tag", label: "Tag conversation" },
  { key: "?", action: "help", label: "Show keyboard shortcuts" },
];

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Focus is in a text field, select or editable element: letters belong to it. */
  typing: boolean;
}

export function shortcutFor(input: KeyInput): ShortcutAction | null {
  if (input.typing || input.ctrlKey || input.metaKey || input.altKey) return null;
  return SHORTCUTS.find((s) => s.key === input.key)?.action ?? null;
}

export interface EditableLike {
  tagName?: string;
  isContentEditable?: boolean;
  type?: string;
}

const NON_TEXT_INPUTS = new Set(["button", "checkbox", "radio", "submit", "reset", "range", "color", "file", "image"]);

export function isTypingTarget(target: EditableLike | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? "").toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  return tag === "INPUT" && !NON_TEXT_INPUTS.has((target.type ?? "text").toLowerCase());
}
