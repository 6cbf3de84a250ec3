import { useEffect, useState } from "preact/hooks";
import type { Upload } from "../../../shared/attachments.ts";
import { INITIAL_ROOM, Room, type PartKind, type RoomState } from "./inboxRoom.ts";

export interface RoomHandle {
  state: RoomState;
  send: (body: string, kind: PartKind, files?: Upload[]) => void;
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
    send: (body, kind, files) => room?.send(body, kind, files),
    retry: (clientId) => room?.retry(clientId),
    typing: () => room?.typing(),
  };
}
