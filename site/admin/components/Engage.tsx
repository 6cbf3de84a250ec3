import { ROW } from "../lib/engageStyles.ts";
import { useState } from "preact/hooks";
import { AutoMessages } from "./AutoMessages.tsx";
import { Campaigns } from "./Campaigns.tsx";
import { ManualMessageCompose } from "./ManualMessageCompose.tsx";
import { Outbox } from "./Outbox.tsx";
import { FailedDeliveries } from "./FailedDeliveries.tsx";

const TABS = [
  ["auto", "Auto messages"],
  ["campaigns", "Campaigns"],
  ["manual", "New message"],
  ["outbox", "Outbox"],
  ["failed", "Failed"],
] as const;
type Tab = (typeof TABS)[number][0];

// The Messages view: auto messages, a one-off message, and the email outbox.
export function Engage({ currentAdminId }: { currentAdminId: string }) {
  const [tab, setTab] = useState<Tab>("auto");
  return (
    <div class="stack">
      <div role="tablist" aria-label="Messages" class="rule-add" style={ROW}>
        {TABS.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} class={`button button-small${tab === id ? " button-primary" : ""}`} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === "auto" && <AutoMessages currentAdminId={currentAdminId} />}
        {tab === "campaigns" && <Campaigns currentAdminId={currentAdminId} />}
        {tab === "manual" && <ManualMessageCompose currentAdminId={currentAdminId} />}
        {tab === "outbox" && <Outbox />}
        {tab === "failed" && <FailedDeliveries />}
      </div>
    </div>
  );
}
