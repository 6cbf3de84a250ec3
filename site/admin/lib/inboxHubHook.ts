import { useEffect, useRef, useState } from "preact/hooks";
import type { InboxClientFrame, InboxConversation } from "../../../shared/inbox.ts";
import { InboxHub, type HubState, type Listener } from "./inboxHub.ts";

// Components share the one hub: the first to mount opens it, the last to unmount closes it
// (signing out unmounts them all).
let hub: InboxHub | null = null;
let users = 0;

/** The shared hub while at least one component uses it; the last one to unmount closes it. */
function acquire(): { hub: InboxHub; release: () => void } {
  hub ??= new InboxHub();
  users++;
  const current = hub;
  return {
    hub: current,
    release: () => {
      if (--users === 0 && hub === current) {
        current.close();
        hub = null;
      }
    },
  };
}

export interface HubHandle {
  onConversation?: Listener<InboxConversation>;
  onReset?: Listener<void>;
}

/** Live hub state for rendering, plus event callbacks that always see the latest render. */
export function useInboxHub(handlers: HubHandle = {}): { state: HubState; send: (frame: InboxClientFrame) => boolean } {
  const [state, setState] = useState<HubState>(() => hub?.state ?? { status: "connecting", presence: new Map(), typing: new Map() });
  const [current, setCurrent] = useState<InboxHub | null>(null);
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const { hub: shared, release } = acquire();
    setCurrent(shared);
    setState(shared.state);
    const onState = (next: HubState) => setState(next);
    const onConversation = (c: InboxConversation) => latest.current.onConversation?.(c);
    const onReset = () => latest.current.onReset?.();
    shared.stateListeners.add(onState);
    shared.conversationListeners.add(onConversation);
    shared.resetListeners.add(onReset);
    return () => {
      shared.stateListeners.delete(onState);
      shared.conversationListeners.delete(onConversation);
      shared.resetListeners.delete(onReset);
      release();
    };
  }, []);
  return { state, send: (frame) => current?.send(frame) ?? false };
}
