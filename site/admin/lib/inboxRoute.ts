import { useEffect, useState } from "preact/hooks";
import { parseState, parseViewKey, viewKey, type ConversationState, type InboxView } from "./inbox.ts";

// Where the inbox is, in the address bar: `#/inbox/<view>/<state>/<conversation id>`, so the
// back button on a phone goes from a conversation to its list, and links can be shared.
export interface InboxLocation {
  view: InboxView;
  state: ConversationState;
  conversationId: string | null;
}

export function parseInboxHash(hash: string): InboxLocation {
  const [, viewPart, statePart, idPart] = hash.replace(/^#\/*/, "").split("/");
  const id = idPart && /^[0-9a-zA-Z_-]{1,40}$/.test(idPart) ? idPart : null;
  return { view: parseViewKey(viewPart), state: parseState(statePart), conversationId: id };
}

export function inboxHref(where: InboxLocation): string {
  const base = `#/inbox/${viewKey(where.view)}/${where.state}`;
  return where.conversationId ? `${base}/${where.conversationId}` : base;
}

export function useInboxLocation(): InboxLocation {
  const [where, setWhere] = useState(() => parseInboxHash(location.hash));
  useEffect(() => {
    const update = () => setWhere(parseInboxHash(location.hash));
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return where;
}
