import { PROTOCOL_VERSION, type Author, type Part, type ServerFrame } from "../../shared/protocol.ts";
import type { ListFields } from "../db/listFields.ts";
import type { ConversationRoomRpc, NewPart, PostResult, RoomMeta, Routed, Side, StartInput } from "../durable/rpc.ts";
import { mayOpenSocket, SocketObject, tooManySockets } from "../durable/SocketObject.ts";
import { channelOf, hubOf } from "../durable/stubs.ts";
import type { Env } from "../env.ts";
import { awayReply } from "./awayReply.ts";
import { assignmentNotices } from "./assignmentNotices.ts";
import { earliest } from "./emailDue.ts";
import { EmailFollowUp } from "./emailFollowUp.ts";
import { deleteFiles, deleteFilesUnder } from "../durable/attachmentFiles.ts";
import { conversationPrefix, keysOf } from "../durable/attachmentKeys.ts";
import { secretKeyText } from "../identity/secretBox.ts";
import { AttachmentLinks, readUploads } from "./attachments.ts";
import { decideFrame } from "./frames.ts";
import { decodedName, personTag, readSocketTag, roomHeaders, tagOf, type SocketTag } from "./handshake.ts";
import { RoomAlarm } from "./roomAlarm.ts";
import { Coalescer } from "./coalescer.ts";
import { visibleToUser } from "./lifecycle.ts";
import { partProblem, routedParts } from "./parts.ts";
import { RoomLog } from "./roomLog.ts";
import { listFields, summary, type RoomState } from "./roomState.ts";
import { emitPartEvent } from "../webhooks/emit.ts";

/** How long a socket's part may wait before the conversation's D1 list row catches up. */
export const LIST_WRITE_WINDOW_MS = 1000;
interface SocketMemory {
  tag: SocketTag;
  lastTypingAt: number | undefined;
  sendTimes: readonly number[];
}

/**
 * One conversation: an ordered, durable log of parts with a `seq` per part and the sockets of the
 * contact and of admins watching it. Decisions live in pure modules (frames, roomState, parts);
 * this class wires them to its log (RoomLog), its alarm, its sockets and the workspace's InboxHub.
 */
export class ConversationRoom extends SocketObject<Env> implements ConversationRoomRpc {
  private readonly history: RoomLog;
  private readonly memory = new WeakMap<WebSocket, SocketMemory>();
  private readonly list: Coalescer;
  private readonly urgentList: Coalescer;
  private readonly channel: Coalescer;
  private readonly emails: EmailFollowUp;
  private readonly links: AttachmentLinks;
  private readonly alarmClock: RoomAlarm;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.history = new RoomLog(ctx.storage.sql);
    this.emails = new EmailFollowUp(ctx.storage.sql, env);
    this.links = new AttachmentLinks(secretKeyText(env));
    this.alarmClock = new RoomAlarm(ctx.storage);
    const logError = (where: string) => (error: unknown) =>
      console.error(JSON.stringify({ level: "error", where: `ConversationRoom.${where}`, room: ctx.id.name, error: String(error) }));
    this.list = new Coalescer(() => this.writeList(false), LIST_WRITE_WINDOW_MS, logError("writeList"));
    this.urgentList = new Coalescer(() => this.writeList(true), 0, logError("writeList"));
    this.channel = new Coalescer(() => this.writeChannel(), 0, logError("writeChannel"));
  }

  private state(): RoomState | null {
    return this.history.state();
  }

  /** Creates the conversation with its first part and asks the hub once whom it goes to. */
  async start(input: StartInput): Promise<Part> {
    const existing = this.state();
    if (existing && existing.lastSeq > 0) return this.history.parts.partsAfter(0, 1)[0] ?? this.commit(input.first);
    const meta: RoomMeta = {
      workspaceId: input.workspaceId, conversationId: input.conversationId, contactId: input.contactId, state: "open",
      snoozedUntil: null, adminAssigneeId: null, teamAssigneeId: null, createdAt: input.first.createdAt,
      readUser: 0, readAdmin: 0, waitingSince: null, firstAdminReplyAt: null, closedAt: null,
    };
    await this.links.prepare(input.first.attachments ?? []);
    this.history.create(meta);
    const first = this.commit(input.first);
    const parts = [first];
    let routed: Routed | null = null;
    if (input.route) {
      routed = await hubOf(this.env, meta.workspaceId)
        .route({ conversationId: meta.conversationId, contactId: meta.contactId, text: input.route.text, pageUrl: input.route.pageUrl, now: first.created_at })
        .catch((error: unknown) => {
          console.error(JSON.stringify({ level: "error", where: "ConversationRoom.start route", conversationId: meta.conversationId, error: String(error) }));
          return null;
        });
      if (routed) for (const part of routedParts(routed, first.created_at)) parts.push(this.commit(part));
    }
    const away = input.away ? awayReply(input.away, routed?.team.id ?? null, first.created_at) : null;
    if (away) parts.push(this.commit(away));
    await this.afterParts(parts, input.batch !== undefined, input.batch?.notifyContact ?? true);
    return this.links.sign(first);
  }

  /** A part from REST or from the Worker (replies, notes, actions). */
  async post(part: NewPart): Promise<PostResult> {
    await this.links.prepare(part.attachments ?? []);
    const result = this.accept(part);
    if (result.ok && !result.duplicate) await this.afterParts([result.part], false);
    return result.ok ? { ...result, part: this.links.sign(result.part) } : result;
  }

  async snapshot(forSide: Side): Promise<{ meta: RoomMeta; parts: Part[] } | null> {
    const state = this.state();
    if (!state) return null;
    await this.links.prepare(this.history.parts.attachmentsAfter(0));
    const parts = this.history.parts.partsAfter(0).map((p) => this.links.sign(p));
    return { meta: state.meta, parts: forSide === "user" ? parts.filter(visibleToUser) : parts };
  }

  async recent(upTo: number | null, latest: number): Promise<{ meta: RoomMeta; parts: Part[]; total: number } | null> {
    const state = this.state();
    if (!state) return null;
    const { parts, total } = this.history.parts.recentParts(upTo ?? state.lastSeq, latest);
    await this.links.prepare(parts.flatMap((p) => p.attachments ?? []));
    return { meta: state.meta, parts: parts.map((p) => this.links.sign(p)), total };
  }

  async moveTo(contactId: string): Promise<void> {
    this.history.moveTo(contactId);
  }

  async disconnect(role: Side, id: string): Promise<void> {
    for (const ws of this.ctx.getWebSockets(personTag({ role, id }))) ws.close(4001, "signed out");
  }

  async markRead(side: Side, seq: number): Promise<void> {
    await this.read(side, seq, false);
  }

  async rated(rating: { rating: number; remark: string | null; created_at: number }): Promise<void> {
    this.broadcastFrame({ type: "rated", rating } satisfies ServerFrame, "admin");
  }

  async erase(): Promise<void> {
    for (const ws of this.ctx.getWebSockets()) ws.close(4004, "conversation deleted");
    await this.alarmClock.cancel();
    // Its files go with it: those its parts carry (a contact's earlier uploads too) and any uploaded but never sent.
    const meta = this.state()?.meta;
    const files = keysOf(this.history.parts.attachmentsAfter(0));
    await this.ctx.storage.deleteAll();
    await deleteFiles(this.env, files);
    if (meta) await deleteFilesUnder(this.env, conversationPrefix(meta.workspaceId, meta.conversationId));
    this.links.clear();
    // deleteAll drops the tables too.
    this.history.reset();
  }

  async log(after: number, limit: number): Promise<{ meta: RoomMeta; parts: Part[] } | null> {
    const state = this.state();
    return state ? { meta: state.meta, parts: this.history.parts.partsAfter(after, limit) } : null;
  }

  /** No broadcast and no hub: the importer writes the list row itself from the answer. */
  async restore(meta: RoomMeta, parts: Part[]): Promise<ListFields | null> {
    const restored = this.history.restore(meta, parts);
    if (meta.state === "snoozed" && meta.snoozedUntil !== null) await this.alarmClock.wakeAt(meta.snoozedUntil * 1000);
    return restored ? listFields(restored) : null;
  }

  override async fetch(request: Request): Promise<Response> {
    const state = this.state();
    if (!state) return new Response("Conversation Not Found", { status: 404 });
    const tag = readSocketTag(request.headers);
    if (!tag || request.headers.get("upgrade") !== "websocket") return new Response("Bad handshake", { status: 400 });
    if (tag.role === "user" && tag.id !== state.meta.contactId) return new Response("Forbidden", { status: 403 });
    if (!mayOpenSocket(this.ctx.getWebSockets(personTag(tag)).length)) return tooManySockets();
    this.history.rememberName(tag.role, tag.id, decodedName(request.headers.get(roomHeaders.name)));
    const asked = Number(new URL(request.url).searchParams.get("after") ?? "0");
    const after = Number.isInteger(asked) && asked > 0 ? asked : 0;
    const files = this.history.parts.attachmentsAfter(after);
    if (files.length === 0) return this.openSocket(request, tag, after, state);
    await this.links.prepare(files);
    return this.openSocket(request, tag, after, this.state() ?? state);
  }

  /** No await between accepting the socket and sending its backlog: no live part can slip in before it. */
  private openSocket(request: Request, tag: SocketTag, after: number, state: RoomState): Response {
    return this.acceptSocket(request, [tag.role, personTag(tag)], (server) => {
      server.serializeAttachment(tag satisfies SocketTag);
      this.memory.set(server, { tag, lastTypingAt: undefined, sendTimes: [] });
      this.sendFrame(server, { type: "welcome", v: PROTOCOL_VERSION, conversation: summary(state, tag.role) });
      const conversationId = String(state.meta.conversationId);
      for (const part of this.history.parts.partsAfter(after)) {
        if (tag.role === "admin" || visibleToUser(part)) this.sendFrame(server, { type: "part", conversation_id: conversationId, part: this.links.sign(part) });
      }
      this.sendFrame(server, { type: "synced", last_seq: state.lastSeq });
    });
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    const memory = this.memoryOf(ws);
    if (!memory) return ws.close(1011, "lost socket identity");
    const { tag } = memory;
    const author: Author = { type: tag.role, id: tag.id, name: this.history.nameOf(tag.role, tag.id) };
    const now = Date.now();
    const action = decideFrame({ role: tag.role, author, ...memory }, message, now);
    switch (action.do) {
      case "ignore":
        return;
      case "pong":
        return this.sendFrame(ws, { type: "pong" });
      case "refuse":
        return this.sendFrame(ws, action.error);
      case "read":
        return this.read(tag.role, action.seq, true);
      case "typing":
        return this.typing(ws, tag, author, memory, action.relayedAt);
      case "send": {
        this.memory.set(ws, { ...memory, sendTimes: action.sendTimes });
        const part = action.part.uploads ? await this.withUploads(action.part) : action.part;
        if (!part) return this.sendFrame(ws, { type: "error", code: "forbidden", message: "An attachment could not be verified; attach it again.", client_id: action.clientId });
        const result = this.accept(part, true);
        if (!result.ok) return this.sendFrame(ws, { type: "error", code: result.code === "too_large" ? "too_large" : "invalid_frame", message: result.message, client_id: action.clientId });
        this.sendFrame(ws, { type: "ack", client_id: action.clientId, seq: result.part.seq });
        if (!result.duplicate) await this.afterParts([result.part], true);
        return;
      }
    }
  }

  /** One alarm serves both the snooze's end and email continuation: it runs both, then waits for the earlier. */
  override async alarm(): Promise<void> {
    this.alarmClock.fired();
    const meta = this.state()?.meta;
    const now = Math.floor(Date.now() / 1000);
    if (!meta) return;
    if (meta.state === "snoozed" && meta.snoozedUntil !== null && meta.snoozedUntil <= now) {
      await this.post({ clientId: null, partType: "open", author: { type: "bot", id: "snooze", name: "Parley" }, body: "", createdAt: now });
    }
    const after = this.state();
    if (!after) return;
    const emailAt = await this.emails.sendDue(after, (seq) => this.history.parts.partsAfter(seq), now);
    const next = earliest(after.meta.state === "snoozed" ? after.meta.snoozedUntil : null, emailAt);
    if (next !== null) await this.alarmClock.set(next * 1000);
  }

  /**
   * Validates and stores one part; the same client id from the same author returns the stored part.
   * A socket's frame arrives `checked` (decideFrame ran partProblem already).
   */
  private accept(part: NewPart, checked = false): PostResult {
    if (!this.state()) return { ok: false, code: "not_found", message: "Conversation Not Found" };
    const problem = checked ? null : partProblem(part);
    if (problem) return { ok: false, ...problem };
    const stored = this.tryCommit(part);
    if (stored) return { ok: true, part: stored, duplicate: false };
    const earlier = part.clientId ? this.history.parts.byClientId(part.author, part.clientId) : null;
    if (earlier) return { ok: true, part: earlier, duplicate: true };
    return { ok: false, code: "invalid_frame", message: "The part could not be stored." };
  }

  /** A socket's part with its upload receipts read into attachments, their links signed ahead; null if one is not this author's to attach here. */
  private async withUploads(part: NewPart): Promise<NewPart | null> {
    const meta = this.state()?.meta;
    const { uploads = [], ...rest } = part;
    const attachments = meta ? await readUploads(secretKeyText(this.env), uploads, meta, part.author.type) : null;
    if (!attachments) return null;
    await this.links.prepare(attachments);
    return { ...rest, attachments };
  }

  private commit(newPart: NewPart): Part {
    const part = this.tryCommit(newPart);
    if (!part) throw new Error("a part without a client id could not be stored");
    return part;
  }

  /** Stores a part and tells webhooks; a retried client id stores nothing (null). */
  private tryCommit(newPart: NewPart): Part | null {
    const part = this.history.append(newPart);
    const meta = this.state()?.meta;
    if (part && meta) emitPartEvent(this.env, this.ctx, meta, part);
    return part;
  }

  /**
   * After parts are stored and acknowledged: sockets first, then the hub and the contact's channel.
   * `live` parts come from sockets (or a batch of engage starts, whose D1 row is written): their
   * list row waits a moment so that a busy conversation writes D1 once per window instead of once per part.
   */
  private async afterParts(parts: Part[], live: boolean, mayTellContact = true): Promise<void> {
    const state = this.state();
    if (!state) return;
    const conversationId = String(state.meta.conversationId);
    for (const part of parts) {
      this.broadcastFrame({ type: "part", conversation_id: conversationId, part: this.links.sign(part) } satisfies ServerFrame, visibleToUser(part) ? undefined : "admin");
      if (part.part_type === "snoozed" && state.meta.snoozedUntil !== null) await this.alarmClock.wakeAt(state.meta.snoozedUntil * 1000);
    }
    const emailAt = this.emails.wakeFor(state, parts);
    if (emailAt !== null) await this.alarmClock.wakeAt(emailAt * 1000);
    this.noticeAssignees(parts);
    // The contact's channel carries news they did not write and are not watching here already.
    const watching = this.ctx.getWebSockets("user").length > 0;
    const tellContact = mayTellContact && !watching && parts.some((p) => visibleToUser(p) && p.author.type !== "user");
    if (tellContact) this.notifyContact();
    if (live) this.list.soon();
    else await this.urgentList.now();
  }

  private async read(side: Side, seq: number, live: boolean): Promise<void> {
    const next = this.history.read(side, seq);
    if (!next) return;
    this.broadcastFrame({ type: "read", side, seq: side === "user" ? next.meta.readUser : next.meta.readAdmin } satisfies ServerFrame);
    // The contact's other tabs and the loader's badge learn that this conversation is read.
    if (side === "user") this.notifyContact();
    if (live) this.list.soon();
    else await this.urgentList.now();
  }

  private typing(ws: WebSocket, tag: SocketTag, author: Author, memory: SocketMemory, at: number): void {
    this.memory.set(ws, { ...memory, lastTypingAt: at });
    const meta = this.state()?.meta;
    if (tag.role === "user" && meta) this.ctx.waitUntil(hubOf(this.env, meta.workspaceId).typing(meta.conversationId, author));
    const text = JSON.stringify({ type: "typing", author } satisfies ServerFrame);
    for (const other of this.ctx.getWebSockets()) {
      const t = this.memoryOf(other)?.tag;
      if (t && (t.role !== tag.role || t.id !== tag.id)) this.sendText(other, text);
    }
  }

  /** The hub emails an admin given this conversation while away or offline. */
  private noticeAssignees(parts: readonly Part[]): void {
    const meta = this.state()?.meta;
    if (!meta) return;
    for (const notice of assignmentNotices(meta.conversationId, parts)) {
      const logged = hubOf(this.env, meta.workspaceId).assigned(notice).catch((error: unknown) => console.error(JSON.stringify({ level: "error", where: "ConversationRoom.noticeAssignees", room: this.ctx.id.name, error: String(error) })));
      this.ctx.waitUntil(logged);
    }
  }

  private notifyContact(): void {
    this.channel.now().catch((error: unknown) => console.error(JSON.stringify({ level: "error", where: "ConversationRoom.notifyContact", room: this.ctx.id.name, error: String(error) })));
  }

  private async writeChannel(): Promise<void> {
    const state = this.state();
    if (state) await channelOf(this.env, state.meta.workspaceId, state.meta.contactId).publish({ type: "conversation", conversation: summary(state, "user") });
  }

  private async writeList(urgent: boolean): Promise<void> {
    const state = this.state();
    const fields = state ? listFields(state) : null;
    if (!state || !fields) return;
    this.history.flushReads();
    const { workspaceId, conversationId, contactId } = state.meta;
    await hubOf(this.env, workspaceId).listChanged({ conversationId, contactId, fields, urgent });
  }

  private sendFrame(ws: WebSocket, frame: ServerFrame): void {
    this.sendText(ws, JSON.stringify(frame));
  }

  private broadcastFrame(frame: ServerFrame, tag?: string): void {
    this.broadcastText(JSON.stringify(frame), tag);
  }

  /** Kept in memory per socket; after hibernation the attachment says who is on it. */
  private memoryOf(ws: WebSocket): SocketMemory | null {
    const known = this.memory.get(ws);
    if (known) return known;
    const tag = tagOf(ws);
    if (!tag) return null;
    const fresh = { tag, lastTypingAt: undefined, sendTimes: [] };
    this.memory.set(ws, fresh);
    return fresh;
  }
}
