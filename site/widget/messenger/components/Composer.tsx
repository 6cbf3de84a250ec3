import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";

interface Props {
  placeholder: string;
  initial?: string;
  onSend: (text: string) => void;
  onTyping?: () => void;
  disabled?: boolean;
}

/** Enter sends, Shift+Enter adds a line, as in every chat people already know. */
export function Composer({ placeholder, initial = "", onSend, onTyping, disabled }: Props) {
  const [text, setText] = useState(initial);
  const area = useRef<HTMLTextAreaElement>(null);
  // `autofocus` does not apply to elements added later inside a shadow root.
  useEffect(() => area.current?.focus(), []);
  // One line to start with, growing with the text (a long prefill included) up to the CSS max-height.
  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
  }, [text]);
  const send = () => {
    const trimmed = text.trim();
    if (!trimmed || disabled) return;
    onSend(trimmed);
    setText("");
    area.current?.focus();
  };
  return (
    <form class="cmp" onSubmit={(e) => (e.preventDefault(), send())}>
      <label class="sr" for="parley-composer">
        {placeholder}
      </label>
      <textarea
        id="parley-composer"
        ref={area}
        rows={1}
        value={text}
        placeholder={placeholder}
        onInput={(e) => {
          setText(e.currentTarget.value);
          onTyping?.();
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            send();
          }
        }}
      />
      <button class="pri" type="submit" disabled={disabled || !text.trim()} aria-label="Send message">
        Send
      </button>
    </form>
  );
}
