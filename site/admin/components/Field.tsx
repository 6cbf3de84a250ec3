import type { Ref, TargetedInputEvent } from "preact";
import { useId } from "preact/hooks";

interface Props {
  label: string;
  value: string;
  onValue: (value: string) => void;
  type?: "text" | "email" | "password";
  name?: string;
  autocomplete?: string;
  required?: boolean;
  minLength?: number;
  hint?: string;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
}

// Every input gets a real <label> and, when there is one, a hint wired up
// through aria-describedby so screen readers read it with the field.
export function Field({ label, value, onValue, type = "text", hint, inputRef, ...rest }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const common = {
    ...rest,
    id,
    ref: inputRef,
    value,
    onInput: (event: TargetedInputEvent<HTMLInputElement>) => onValue(event.currentTarget.value),
    "aria-describedby": hint ? hintId : undefined,
  };
  // Preact types each input type separately, so a union-typed `type` prop
  // does not typecheck; one literal per branch does.
  const input =
    type === "password" ? (
      <input {...common} type="password" />
    ) : type === "email" ? (
      <input {...common} type="email" spellcheck={false} />
    ) : (
      <input {...common} type="text" />
    );
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {input}
      {hint && (
        <p class="field-hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
