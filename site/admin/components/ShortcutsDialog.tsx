import { useEffect, useRef } from "preact/hooks";
import { SHORTCUTS } from "../lib/shortcuts.ts";

interface Props {
  open: boolean;
  onClose: () => void;
}

// A native modal <dialog>: focus moves in and back, Escape closes, the page behind is inert.
export function ShortcutsDialog({ open, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} class="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <p class="muted small">They work anywhere in the inbox except while you are typing in a field.</p>
      <table class="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.key}>
              <td>
                <kbd>{s.key}</kbd>
              </td>
              <td>{s.label}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Enter</kbd> / <kbd>Shift</kbd>+<kbd>Enter</kbd>
            </td>
            <td>Send / new line in the composer</td>
          </tr>
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" class="button button-primary">
          Close
        </button>
      </form>
    </dialog>
  );
}
