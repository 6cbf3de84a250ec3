import { useEffect, useId, useRef, useState } from "preact/hooks";
import { parseLocalDateTime, snoozeChoices, toLocalInput } from "../lib/inboxSnooze.ts";

interface Props {
  disabled: boolean;
  onSnooze: (until: number) => void;
}

// A disclosure rather than a menu: it holds a form field, which menus may not.
export function ConversationSnooze({ disabled, onSnooze }: Props) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const now = new Date();

  // A click anywhere else dismisses the panel, as with any popover.
  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (event.target instanceof Node && !wrapper.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);

  const choose = (until: number) => {
    setOpen(false);
    setProblem(null);
    toggle.current?.focus();
    onSnooze(until);
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const until = parseLocalDateTime(value, new Date());
    if (until === null) setProblem("Choose a date and time in the future.");
    else choose(until);
  };

  return (
    <div class="snooze" ref={wrapper}>
      <button
        ref={toggle}
        type="button"
        class="button button-small"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        disabled={disabled}
        onClick={() => setOpen(!open)}
      >
        Snooze
      </button>
      {open && (
        <div
          class="snooze-panel card"
          id={`${id}-panel`}
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              setOpen(false);
              toggle.current?.focus();
            }
          }}
        >
          <ul class="snooze-choices">
            {snoozeChoices(now).map((choice) => (
              <li key={choice.label}>
                <button type="button" class="button button-small button-quiet" onClick={() => choose(choice.until)}>
                  {choice.label}
                </button>
              </li>
            ))}
          </ul>
          <form onSubmit={submit} class="snooze-custom">
            <label for={`${id}-until`}>Snooze until</label>
            <input
              id={`${id}-until`}
              type="datetime-local"
              min={toLocalInput(now)}
              value={value}
              onInput={(event) => setValue(event.currentTarget.value)}
            />
            {problem && (
              <p class="alert alert-error small" role="alert">
                {problem}
              </p>
            )}
            <button type="submit" class="button button-small button-primary">
              Snooze until then
            </button>
          </form>
        </div>
      )}
    </div>
  );
}
