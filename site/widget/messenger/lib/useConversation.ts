import { useEffect, useRef, useState } from "preact/hooks";
import { ConversationClient } from "../../../../shared/conversation/client.ts";
import type { ConversationState, Pending } from "../../../../shared/conversation/reducer.ts";
import type { ConversationSummary, Part } from "../../../../shared/protocol.ts";
import type { Core } from "../../loader/types.ts";
import { openSocket, schedule } from "./browserClient.ts";

/** What the conversation view shows, from the visitor's side of the shared protocol state. */
export interface SocketState {
  parts: Part[];
  pending: Pending[];
  online: boolean;
  /** Who is typing: their name, "" when the server gives none, null when nobody is. */
  typing: string | null;
  readByAdmin: number;
  summary: ConversationSummary | null;
}

export function socketState({ parts, pending, online, typing, read, summary }: ConversationState): SocketState {
  return { parts, pending, online, typing: typing ? (typing.name ?? "") : null, readByAdmin: read.admin, summary };
}

/** A live conversation for as long as the view shows it. */
export function useConversation(core: Core, id: string) {
  const [state, setState] = useState<SocketState | null>(null);
  const socket = useRef<ConversationClient | null>(null);
  useEffect(() => {
    const client = new ConversationClient({
      side: "user",
      open: (after, on) => openSocket(core.socketUrl(`/conversations/${encodeURIComponent(id)}/ws?after=${after}`), core.protocols(), on),
      onChange: (next) => setState(socketState(next)),
      schedule,
      newId: () => crypto.randomUUID(),
    });
    socket.current = client;
    return () => client.close();
  }, [core, id]);
  return { state, socket: socket.current };
}
