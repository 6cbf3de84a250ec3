import { useEffect, useRef } from "preact/hooks";
import { ManualMessageCompose, type InitialAudience } from "./ManualMessageCompose.tsx";

interface Props {
  currentAdminId: string;
  audience: InitialAudience;
  onClose: () => void;
}

/** The Messages view's one-off message, opened in place for the picked people or the filter. */
export function ContactsMessagePanel({ currentAdminId, audience, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="card stack-sm contacts-message" aria-labelledby="contacts-message-title">
      <div class="contacts-filter-head">
        <h2 id="contacts-message-title" ref={heading} tabIndex={-1}>
          Send a message
        </h2>
        <button type="button" class="button button-quiet button-small" onClick={onClose}>
          Close
        </button>
      </div>
      <ManualMessageCompose currentAdminId={currentAdminId} initialAudience={audience} />
    </section>
  );
}
