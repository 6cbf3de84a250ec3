import { useEffect, useState } from "preact/hooks";
import { INITIAL_ROOM, Room, type PartKind, type RoomState } from "./inboxRoom.ts";

export interface RoomHandle {
  state: RoomState;
  send: (body: string, kind: PartKind) => void;
  retry: (clientId: string) => void;
  typing: () => void;
}

export function useConversationRoom(id: string): RoomHandle {
  const [state, setState] = useState<RoomState>(INITIAL_ROOM);
  const [room, setRoom] = useState<Room | null>(null);
  useEffect(() => {
    setState(INITIAL_ROOM);
    const current = new Room(id, setState);
    setRoom(current);
    return () => current.close();
  }, [id]);
  return {
    state,
    send: (body, kind) => room?.send(body, kind),
    retry: (clientId) => room?.retry(clientId),
    typing: () => room?.typing(),
  };
}
