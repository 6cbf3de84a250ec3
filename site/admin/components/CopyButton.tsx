import { useEffect, useState } from "preact/hooks";

interface Props {
  text: string;
  label?: string;
}

type CopyState = "idle" | "copied" | "failed";

const MESSAGES: Record<CopyState, string> = {
  idle: "",
  copied: "Copied to clipboard.",
  failed: "Copy failed: select the text and copy it manually.",
};

export function CopyButton({ text, label = "Copy" }: Props) {
  const [state, setState] = useState<CopyState>("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = window.setTimeout(() => setState("idle"), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      // Clipboard access needs a secure context and permission; the value is
      // still shown in a selectable field, so tell people to copy it by hand.
      setState("failed");
    }
  };

  return (
    <span class="copy">
      <button type="button" class="button" onClick={copy}>
        {label}
      </button>
      <span class="copy-status" role="status">
        {MESSAGES[state]}
      </span>
    </span>
  );
}
