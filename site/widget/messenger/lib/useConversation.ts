import { useEffect, useRef, useState } from "preact/hooks";
import type { Core } from "../../loader/types.ts";
import { ConversationSocket, type SocketState } from "./conversationSocket.ts";

/** A live conversation for as long as the view shows it. */
export function useConversation(core: Core, id: string) {
  const [state, setState] = useState<SocketState | null>(null);
  const socket = useRef<ConversationSocket | null>(null);
  useEffect(() => {
    const s = new ConversationSocket(
      (after) => core.socketUrl(`/conversations/${encodeURIComponent(id)}/ws?after=${after}`),
      core.protocols,
      (next) => setState(next),
    );
    socket.current = s;
    return () => s.close();
  }, [core, id]);
  return { state, socket: socket.current };
}
