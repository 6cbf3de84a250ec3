import type { ComponentChildren } from "preact";
import { useEffect, useId, useRef } from "preact/hooks";
import { CopyButton } from "./CopyButton.tsx";

interface Props {
  label: string;
  value: string;
  onDone: () => void;
  // The explanation read out with the field, e.g. "it will not be shown again".
  children: ComponentChildren;
}

// Shows a freshly created secret or link. The value sits in a read-only
// input so it can be selected in one go and copied by hand when the
// clipboard API is unavailable; focus moves there so nobody misses it.
export function RevealPanel({ label, value, onDone, children }: Props) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => inputRef.current?.focus(), [value]);

  return (
    <div class="notice stack-sm">
      <div id={`${id}-note`}>{children}</div>
      <label for={id} class="notice-label">
        {label}
      </label>
      <div class="reveal-row">
        <input
          id={id}
          ref={inputRef}
          type="text"
          class="reveal-value"
          value={value}
          readOnly
          spellcheck={false}
          aria-describedby={`${id}-note`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton text={value} />
      </div>
      <button type="button" class="button button-quiet" onClick={onDone}>
        Done
      </button>
    </div>
  );
}
