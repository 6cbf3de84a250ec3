import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { Upload } from "../../../../shared/attachments.ts";
import { useLanguage } from "../lib/language.ts";
import type { StartUpload } from "../lib/useUploads.ts";
import { useComposerFiles } from "./ComposerFiles.tsx";

interface Props {
  placeholder: string;
  initial?: string;
  onSend: (text: string, files: Upload[]) => void;
  onTyping?: () => void;
  disabled?: boolean;
  /** Offers files (paperclip, paste, drop) when given. */
  upload?: StartUpload;
}

/** Enter sends, Shift+Enter adds a line, as in every chat people already know. */
export function Composer({ placeholder, initial = "", onSend, onTyping, disabled, upload }: Props) {
  const { t } = useLanguage();
  const [text, setText] = useState(initial);
  const files = useComposerFiles(upload);
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
    if ((!trimmed && files.uploads.length === 0) || disabled || files.busy) return;
    onSend(trimmed, files.uploads);
    setText("");
    files.clear();
    area.current?.focus();
  };
  return (
    <form onSubmit={(e) => (e.preventDefault(), send())} {...files.dropProps}>
      {files.tray}
      <div class="cmp">
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
        {...files.fieldProps}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            send();
          }
        }}
      />
      {files.button}
      <button class="pri" type="submit" disabled={disabled || files.busy || (!text.trim() && files.uploads.length === 0)} aria-label={t.sendMessage}>
        {t.send}
      </button>
      </div>
    </form>
  );
}
