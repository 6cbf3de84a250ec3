// What each Durable Object offers over RPC. The classes implement these interfaces and `Env`
// names them, so no module needs a Durable Object class for its type.
import type { Author, Part, ServerFrame } from "../../shared/protocol.ts";
import type { ListFields } from "../db/listFields.ts";
import type { AssignedNotice } from "./assignedNotice.ts";
import type { AwayInput, ListChange, NewPart, PostResult, RoomMeta, RouteInput, Routed, Side, StartInput } from "./types.ts";

export type { AwayInput, ListChange, NewPart, PostResult, RoomMeta, RouteInput, Routed, Side, StartInput };

export interface ConversationRoomRpc extends Rpc.DurableObjectBranded {
  fetch(request: Request): Promise<Response>;
  start(input: StartInput): Promise<Part>;
  post(part: NewPart): Promise<PostResult>;
  snapshot(forSide: Side): Promise<{ meta: RoomMeta; parts: Part[] } | null>;
  /**
   * The source part and the `latest` parts up to seq `upTo` (null: all), signed for admins, with how
   * many parts there are up to there: a long conversation's REST view reads only what it shows.
   */
  recent(upTo: number | null, latest: number): Promise<{ meta: RoomMeta; parts: Part[]; total: number } | null>;
  moveTo(contactId: string): Promise<void>;
  markRead(side: Side, seq: number): Promise<void>;
  /** The contact rated the conversation: admins watching it see the rating at once. */
  rated(rating: { rating: number; remark: string | null; created_at: number }): Promise<void>;
  /** Closes every socket of this person on the conversation (offboarding). */
  disconnect(role: Side, id: string): Promise<void>;
  /** Closes its sockets and deletes its log and state: a later call finds no conversation. */
  erase(): Promise<void>;
  /** The stored log after `after`, unsigned, with the meta: what an export writes. */
  log(after: number, limit: number): Promise<{ meta: RoomMeta; parts: Part[] } | null>;
  /** An imported log: stores the parts it lacks (by seq), takes the meta, answers the D1 list row. */
  restore(meta: RoomMeta, parts: Part[]): Promise<ListFields | null>;
}

export interface InboxHubRpc extends Rpc.DurableObjectBranded {
  fetch(request: Request): Promise<Response>;
  route(input: RouteInput): Promise<Routed | null>;
  listChanged(change: ListChange): Promise<void>;
  /** A room gave a conversation to an admin: one who is away or offline is emailed. */
  assigned(notice: AssignedNotice): Promise<void>;
  /** A conversation's tags changed in D1: its list row is read again and pushed to admins. */
  tagsChanged(conversationId: number): Promise<void>;
  typing(conversationId: number, author: Author): Promise<void>;
  setAway(adminId: number, away: boolean): Promise<void>;
  /** Closes the admin's inbox sockets with code 4001 (signed out, disabled or removed). */
  disconnectAdmin(adminId: number): Promise<void>;
  /** The Worker tells the hub whenever an admin opens a conversation's socket. */
  watching(adminId: number, conversationId: number): Promise<void>;
  /** Ids of the admins with an inbox open now, for the messenger's "who is online". */
  onlineAdminIds(): Promise<string[]>;
}

export interface VisitorChannelRpc extends Rpc.DurableObjectBranded {
  fetch(request: Request): Promise<Response>;
  publish(frame: ServerFrame): Promise<number>;
}
