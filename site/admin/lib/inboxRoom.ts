import { ConversationClient } from "../../../shared/conversation/client.ts";
import type { ConversationState, PartKind, Pending } from "../../../shared/conversation/reducer.ts";
import type { Upload } from "../../../shared/attachments.ts";
import { SUBPROTOCOL, type Part } from "../../../shared/protocol.ts";
import { openSocket, schedule } from "../../widget/messenger/lib/browserClient.ts";

// An admin's live connection to one conversation, on the shared protocol client: every part in
// seq order, resumed after the last seq held; replies and notes go out with a client id and are
// resent after a reconnect until acknowledged (the room stores each once).
export type { PartKind, Pending };

export interface RoomState {
  parts: Part[];
  pending: Pending[];
  online: boolean;
  synced: boolean;
  typing: string | null;
  /** Highest seq the contact has read: "Seen" under our replies. */
  readByUser: number;
  /** The contact's rating, pushed by the room the moment it is given. */
  rated: ConversationState["rated"];
}

export const INITIAL_ROOM: RoomState = { parts: [], pending: [], online: false, synced: false, typing: null, readByUser: 0, rated: null };

export function roomState(state: ConversationState): RoomState {
  const { parts, pending, online, synced, typing, read, rated } = state;
  return { parts, pending, online, synced, typing: typing ? (typing.name ?? "The contact") : null, readByUser: read.user, rated };
}

export class Room {
  state: RoomState = INITIAL_ROOM;
  private readonly client: ConversationClient;

  constructor(id: string, onChange: (state: RoomState) => void) {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    this.client = new ConversationClient({
      side: "admin",
      open: (after, on) => openSocket(`${scheme}://${location.host}/admin/api/conversations/${encodeURIComponent(id)}/ws?after=${after}`, [SUBPROTOCOL], on),
      onChange: (state) => {
        this.state = roomState(state);
        onChange(this.state);
      },
      schedule,
      newId: () => crypto.randomUUID(),
      // Only while someone is looking: a background tab must not mark messages as seen.
      autoRead: () => document.visibilityState === "visible",
    });
  }

  send(body: string, kind: PartKind, files: Upload[] = []): void {
    this.client.send(body, kind, files);
  }

  retry(clientId: string): void {
    this.client.retry(clientId);
  }

  typing(): void {
    this.client.typing();
  }

  close(): void {
    this.client.close();
  }
}
