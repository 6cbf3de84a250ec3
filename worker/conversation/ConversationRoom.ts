import { DurableObject } from "cloudflare:workers";
import {
  bodyProblem,
  MAX_PART_BYTES,
  parseClientFrame,
  PROTOCOL_VERSION,
  SUBPROTOCOL,
  type Author,
  type ConversationSummary,
  type Part,
  type ServerFrame,
} from "../../shared/protocol.ts";
import type { ListFields } from "../db/conversations.ts";
import type { Env } from "../env.ts";
import { admitSend, applyPart, preview, shouldRelayTyping, visibleToUser } from "./lifecycle.ts";
import { RoomStore, type NewPart, type RoomMeta } from "./roomStore.ts";
import { hubOf } from "./service.ts";
import { readSocketTag, roomHeaders, type Side, type SocketTag } from "./handshake.ts";

/** How long a socket's part may wait before the conversation's D1 list row catches up. */
export const LIST_WRITE_WINDOW_MS = 1000;

export interface StartInput {
  workspaceId: number;
  conversationId: number;
  contactId: string;
  first: NewPart;
}

export type PostResult = { ok: true; part: Part; duplicate: boolean } | { ok: false; code: "too_large" | "invalid_frame" | "not_found"; message: string };

/**
 * One conversation: an ordered, durable log of parts with a `seq` per part, the sockets of the
 * contact and of admins watching it, and the list fields written through to D1.
 */
export class ConversationRoom extends DurableObject<Env> {
  private readonly store: RoomStore;
  private readonly typingAt = new WeakMap<WebSocket, number>();
  private readonly sendTimes = new WeakMap<WebSocket, number[]>();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new RoomStore(ctx.storage.sql);
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair('{"type":"ping"}', '{"type":"pong"}'));
  }

  /** Creates the conversation with its first part; a repeated call returns that same part. */
  async start(input: StartInput): Promise<Part> {
    const first = this.store.partsAfter(0, 1)[0];
    if (this.store.meta() && first) return first;
    const side: Side = input.first.author.type === "user" ? "user" : "admin";
    const meta: RoomMeta = {
      workspaceId: input.workspaceId, conversationId: input.conversationId, contactId: input.contactId, state: "open",
      snoozedUntil: null, adminAssigneeId: null, teamAssigneeId: null, createdAt: input.first.createdAt,
      readUser: 0, readAdmin: 0, waitingSince: null, firstAdminReplyAt: null, closedAt: null,
    };
    this.store.saveMeta(meta);
    const result = this.commit(input.first, side);
    await this.afterPart(result);
    return result;
  }

  /** A part from REST or from the Worker (replies, notes, actions). */
  async post(part: NewPart): Promise<PostResult> {
    if (!this.store.meta()) return { ok: false, code: "not_found", message: "Conversation Not Found" };
    const result = this.accept(part);
    if (result.ok && !result.duplicate) await this.afterPart(result.part);
    return result;
  }

  async snapshot(forSide: Side): Promise<{ meta: RoomMeta; parts: Part[] } | null> {
    const meta = this.store.meta();
    if (!meta) return null;
    const parts = this.store.partsAfter(0);
    return { meta, parts: forSide === "user" ? parts.filter(visibleToUser) : parts };
  }

  async moveTo(contactId: string): Promise<void> {
    const meta = this.store.meta();
    if (meta) this.store.saveMeta({ ...meta, contactId });
  }

  async markRead(side: Side, seq: number): Promise<void> {
    const meta = this.store.meta();
    if (!meta) return;
    const updated = side === "user" ? { ...meta, readUser: Math.max(meta.readUser, seq) } : { ...meta, readAdmin: Math.max(meta.readAdmin, seq) };
    this.store.saveMeta(updated);
    this.broadcast({ type: "read", side, seq: side === "user" ? updated.readUser : updated.readAdmin } satisfies ServerFrame, () => true);
    // The contact's other tabs and the loader's badge learn that this conversation is read.
    await Promise.all([this.flushList(), side === "user" ? this.flushChannel() : undefined]);
  }

  override async fetch(request: Request): Promise<Response> {
    const meta = this.store.meta();
    if (!meta) return new Response("Conversation Not Found", { status: 404 });
    const tag = readSocketTag(request.headers);
    if (!tag || request.headers.get("upgrade") !== "websocket") return new Response("Bad handshake", { status: 400 });
    if (tag.role === "user" && tag.id !== meta.contactId) return new Response("Forbidden", { status: 403 });
    const after = Number(new URL(request.url).searchParams.get("after") ?? "0");
    const pair = new WebSocketPair();
    const [client, server] = [pair[0], pair[1]];
    this.ctx.acceptWebSocket(server, [tag.role]);
    server.serializeAttachment(tag satisfies SocketTag);
    const name = request.headers.get(roomHeaders.name);
    this.store.rememberName(tag.role, tag.id, name ? decodeURIComponent(name) : null);
    // No await between accept and the backlog: no live part can slip in before it.
    this.send(server, { type: "welcome", v: PROTOCOL_VERSION, conversation: this.summary(meta, tag.role) });
    const visible = this.store.partsAfter(Number.isInteger(after) && after > 0 ? after : 0).filter((p) => tag.role === "admin" || visibleToUser(p));
    for (const part of visible) this.send(server, { type: "part", conversation_id: String(meta.conversationId), part });
    this.send(server, { type: "synced", last_seq: this.store.lastSeq() });
    return new Response(null, { status: 101, webSocket: client, headers: acceptedProtocol(request) });
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    const tag: SocketTag | null = readSocketTagFrom(ws);
    if (!tag) return ws.close(1011, "lost socket identity");
    if (typeof message !== "string") return this.send(ws, { type: "error", code: "invalid_frame", message: "Frames are JSON text." });
    const parsed = parseClientFrame(message);
    if (!parsed.ok) return this.send(ws, { type: "error", code: "invalid_frame", message: parsed.message });
    const frame = parsed.frame;
    const author: Author = { type: tag.role, id: tag.id, name: this.store.nameOf(tag.role, tag.id) };
    switch (frame.type) {
      case "ping":
        return this.send(ws, { type: "pong" });
      case "typing":
        if (!shouldRelayTyping(this.typingAt.get(ws), Date.now())) return;
        this.typingAt.set(ws, Date.now());
        const meta = this.store.meta();
        if (tag.role === "user" && meta) this.ctx.waitUntil(hubOf(this.env, meta.workspaceId).typing(meta.conversationId, author));
        return this.broadcast({ type: "typing", author } satisfies ServerFrame, (t) => t.role !== tag.role || t.id !== tag.id);
      case "read":
        return this.markRead(tag.role, Math.min(frame.seq, this.store.lastSeq()));
      case "send": {
        if (frame.kind === "note" && tag.role !== "admin") {
          return this.send(ws, { type: "error", code: "forbidden", message: "Only admins write notes.", client_id: frame.client_id });
        }
        const admitted = admitSend(this.sendTimes.get(ws) ?? [], Date.now());
        if (!admitted) return this.send(ws, { type: "error", code: "rate_limited", message: "Too many messages; wait a few seconds.", client_id: frame.client_id });
        this.sendTimes.set(ws, admitted);
        const result = this.accept({ clientId: frame.client_id, partType: frame.kind ?? "comment", author, body: frame.body, createdAt: Math.floor(Date.now() / 1000) });
        if (!result.ok) return this.send(ws, { type: "error", code: result.code === "too_large" ? "too_large" : "invalid_frame", message: result.message, client_id: frame.client_id });
        this.send(ws, { type: "ack", client_id: frame.client_id, seq: result.part.seq });
        if (!result.duplicate) this.ctx.waitUntil(this.afterPart(result.part, true));
        return;
      }
    }
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    ws.close(code === 1005 ? 1000 : code, reason);
  }

  override async alarm(): Promise<void> {
    const meta = this.store.meta();
    const now = Math.floor(Date.now() / 1000);
    if (!meta || meta.state !== "snoozed" || meta.snoozedUntil === null) return;
    if (meta.snoozedUntil > now) return void (await this.ctx.storage.setAlarm(meta.snoozedUntil * 1000));
    await this.post({ clientId: null, partType: "open", author: { type: "bot", id: "snooze", name: "Parley" }, body: "", createdAt: now });
  }

  /** Validates and stores one part; the same client id from the same author returns the stored part. */
  private accept(part: NewPart): PostResult {
    if (part.clientId) {
      const earlier = this.store.byClientId(part.author, part.clientId);
      if (earlier) return { ok: true, part: earlier, duplicate: true };
    }
    const needsBody = part.partType === "comment" || part.partType === "note";
    const problem = needsBody ? bodyProblem(part.body) : null;
    if (problem === "too_large") return { ok: false, code: "too_large", message: `Messages are limited to ${MAX_PART_BYTES / 1024} KB of text.` };
    if (problem === "empty") return { ok: false, code: "invalid_frame", message: "A message needs some text." };
    return { ok: true, part: this.commit(part, part.author.type === "user" ? "user" : "admin"), duplicate: false };
  }

  private commit(newPart: NewPart, side: Side): Part {
    const stored = this.store.append(newPart);
    const meta = this.store.meta();
    if (!meta) return stored;
    const next = applyPart(meta, stored);
    // Whoever writes a part has read everything up to it.
    this.store.saveMeta(side === "user" ? { ...next, readUser: stored.seq } : newPart.author.type === "admin" ? { ...next, readAdmin: stored.seq } : next);
    return stored;
  }

  /**
   * After a part is stored and acknowledged. `live` parts come from sockets: their D1 write-through
   * waits a moment so that a busy conversation writes D1 once per window instead of once per part.
   */
  private async afterPart(part: Part, live = false): Promise<void> {
    const meta = this.store.meta();
    if (!meta) return;
    this.broadcast({ type: "part", conversation_id: String(meta.conversationId), part } satisfies ServerFrame, (t) => t.role === "admin" || visibleToUser(part));
    if (part.part_type === "snoozed" && meta.snoozedUntil !== null) await this.ctx.storage.setAlarm(meta.snoozedUntil * 1000);
    // The contact's channel carries news they did not write and are not watching here already.
    const watching = this.ctx.getWebSockets("user").length > 0;
    const tellContact = visibleToUser(part) && part.author.type !== "user" && !watching;
    await Promise.all([live ? this.flushListSoon() : this.flushList(), tellContact ? this.flushChannel() : undefined]);
  }

  private listTimer: ReturnType<typeof setTimeout> | undefined;

  private flushListSoon(): Promise<void> {
    this.listDirty = true;
    this.listTimer ??= setTimeout(() => {
      this.listTimer = undefined;
      this.ctx.waitUntil(this.flushList());
    }, LIST_WRITE_WINDOW_MS);
    return Promise.resolve();
  }

  // Under load many parts arrive while one D1 write is in flight: they share the next write
  // instead of queueing one each. A caller's promise settles after a write that includes its part.
  private listWrite: Promise<void> | null = null;
  private listDirty = false;
  private channelWrite: Promise<void> | null = null;
  private channelDirty = false;

  private flushList(): Promise<void> {
    this.listDirty = true;
    this.listWrite ??= this.drain(
      () => this.listDirty,
      () => (this.listDirty = false),
      async () => {
        const meta = this.store.meta();
        if (!meta) return;
        const fields = this.listFields(meta);
        if (fields) await hubOf(this.env, meta.workspaceId).listChanged(meta.workspaceId, meta.conversationId, fields);
      },
      () => (this.listWrite = null),
    );
    return this.listWrite;
  }

  private flushChannel(): Promise<void> {
    this.channelDirty = true;
    this.channelWrite ??= this.drain(
      () => this.channelDirty,
      () => (this.channelDirty = false),
      async () => {
        const meta = this.store.meta();
        if (meta) await this.channelOf(meta).publish({ type: "conversation", conversation: this.summary(meta, "user") });
      },
      () => (this.channelWrite = null),
    );
    return this.channelWrite;
  }

  private async drain(dirty: () => boolean, clean: () => void, write: () => Promise<void>, done: () => void): Promise<void> {
    try {
      while (dirty()) {
        clean();
        await write();
      }
    } finally {
      done();
    }
  }

  private channelOf(meta: RoomMeta) {
    return this.env.VISITOR_CHANNELS.get(this.env.VISITOR_CHANNELS.idFromName(`${meta.workspaceId}:${meta.contactId}`));
  }

  /** The list row D1 keeps for this conversation; the workspace's InboxHub writes it, batched. */
  private listFields(meta: RoomMeta): ListFields | null {
    const last = this.store.lastVisible(false);
    if (!last) return null;
    // Lists sort and preview by the last message; `lastSeq` still guards against stale writes.
    const message = this.store.lastMessage() ?? last;
    return {
      state: meta.state, snoozedUntil: meta.snoozedUntil, adminAssigneeId: meta.adminAssigneeId, teamAssigneeId: meta.teamAssigneeId,
      updatedAt: last.created_at, waitingSince: meta.waitingSince, firstAdminReplyAt: meta.firstAdminReplyAt, closedAt: meta.closedAt,
      lastSeq: last.seq, lastPartAt: message.created_at, lastPartAuthorType: message.author.type, lastPartPreview: preview(message),
      partsCount: this.store.count(), unreadByUser: this.store.unreadBy("user", meta.readUser), unreadByAdmin: this.store.unreadBy("admin", meta.readAdmin),
    };
  }


  private summary(meta: RoomMeta, side: Side): ConversationSummary {
    const last = this.store.lastVisible(side === "user");
    return {
      id: String(meta.conversationId),
      state: meta.state,
      last_seq: this.store.lastSeq(),
      last_part_at: last?.created_at ?? meta.createdAt,
      last_part_preview: last ? preview(last) : "",
      last_part_author: last?.author ?? { type: "user", id: meta.contactId, name: null },
      unread: this.store.unreadBy(side, side === "user" ? meta.readUser : meta.readAdmin),
      read_seq: { user: meta.readUser, admin: meta.readAdmin },
    };
  }

  private send(ws: WebSocket, frame: ServerFrame): void {
    try {
      ws.send(JSON.stringify(frame));
    } catch {
      // The socket closed between our check and the send; its close handler cleans up.
    }
  }

  private broadcast(frame: ServerFrame, to: (tag: SocketTag) => boolean): void {
    const text = JSON.stringify(frame);
    for (const ws of this.ctx.getWebSockets()) {
      const tag = readSocketTagFrom(ws);
      if (!tag || !to(tag)) continue;
      try {
        ws.send(text);
      } catch {
        // Closed sockets are dropped by the runtime.
      }
    }
  }
}

/** Echo our subprotocol only when the client offered it: browsers fail a socket on an unoffered one. */
export function acceptedProtocol(request: Request): Record<string, string> {
  const offered = (request.headers.get("sec-websocket-protocol") ?? "").split(",").map((p) => p.trim());
  return offered.includes(SUBPROTOCOL) ? { "sec-websocket-protocol": SUBPROTOCOL } : {};
}

function readSocketTagFrom(ws: WebSocket): SocketTag | null {
  const value: unknown = ws.deserializeAttachment();
  if (typeof value !== "object" || value === null || !("role" in value) || !("id" in value)) return null;
  const { role, id } = value;
  return (role === "user" || role === "admin") && typeof id === "string" ? { role, id } : null;
}
