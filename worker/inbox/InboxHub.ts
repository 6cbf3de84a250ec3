import { DurableObject } from "cloudflare:workers";
import { INBOX_PROTOCOL_VERSION, inboxClientFrame, type InboxServerFrame, type Presence } from "../../shared/inbox.ts";
import type { Author } from "../../shared/protocol.ts";
import { handOut, pickAdmin, type Candidate } from "../../shared/routing/assign.ts";
import { firstMatch } from "../../shared/routing/route.ts";
import { adminsOf, setAdminAway } from "../db/admins.ts";
import { openDb } from "../db/client.ts";
import { inboxRowsOf, writeThroughMany, type ListFields } from "../db/conversations.ts";
import { membersOfTeams, openCountsByAdmin, routingRulesOf, teamQueue } from "../db/routing.ts";
import { contactById } from "../db/contacts.ts";
import { eventCountsOf } from "../db/engageAudience.ts";
import { ruleContactOf } from "../engage/ruleContact.ts";
import { teamsOf } from "../db/teams.ts";
import { workspaceById } from "../db/workspaces.ts";
import type { Env } from "../env.ts";
import { acceptedProtocol } from "../conversation/ConversationRoom.ts";
import { roomOf } from "../conversation/service.ts";
import { HubStore } from "./hubStore.ts";
import { canResume } from "./resume.ts";
import { inboxConversation } from "./inboxView.ts";
import { toRoutingRules } from "./routingRules.ts";

export interface RouteInput {
  workspaceId: number;
  conversationId: number;
  contactId: string;
  text: string;
  pageUrl: string | null;
  now: number;
}

/** How long the first room's row waits for others to join its D1 batch. */
export const LIST_BATCH_MS = 25;

const ROUTER: Author = { type: "bot", id: "routing", name: "Routing rules" };

/**
 * One per workspace: every signed-in admin's socket, the ordered log of conversation changes they
 * resume from, presence, and assignment (routing rules, round robin, team queues).
 */
export class InboxHub extends DurableObject<Env> {
  private readonly store: HubStore;
  private workspaceId: number | null = null;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new HubStore(ctx.storage.sql);
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair('{"type":"ping"}', '{"type":"pong"}'));
  }

  private db() {
    return openDb(this.env.DB);
  }

  override async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const adminId = url.searchParams.get("admin");
    this.workspaceId = Number(url.searchParams.get("workspace"));
    if (!adminId || request.headers.get("upgrade") !== "websocket") return new Response("Bad handshake", { status: 400 });
    const pair = new WebSocketPair();
    const wasOnline = this.onlineAdmins().has(adminId);
    this.ctx.acceptWebSocket(pair[1], [`admin:${adminId}`]);
    pair[1].serializeAttachment({ adminId, workspaceId: this.workspaceId });
    // Without `after` the admin has just loaded the lists: only what happens from now on is news.
    const last = this.store.lastSeq();
    const after = url.searchParams.has("after") ? Number(url.searchParams.get("after")) || 0 : last;
    const presence = await this.presence();
    this.send(pair[1], { type: "hello", v: INBOX_PROTOCOL_VERSION, seq: last, presence });
    if (after > 0 && !canResume(after, this.store.firstSeq(), last)) this.send(pair[1], { type: "reset", seq: last });
    else for (const e of this.store.after(after)) pair[1].send(e.payload);
    this.send(pair[1], { type: "synced", seq: last });
    if (!wasOnline) {
      this.ctx.waitUntil(this.announce(adminId));
      this.ctx.waitUntil(this.handOutAll());
    }
    return new Response(null, { status: 101, webSocket: pair[0], headers: acceptedProtocol(request) });
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    if (typeof message !== "string") return;
    let data: unknown;
    try {
      data = JSON.parse(message);
    } catch {
      return;
    }
    const frame = inboxClientFrame.safeParse(data);
    const adminId = this.adminOf(ws);
    if (!frame.success || !adminId || frame.data.type !== "away" || !this.workspaceOf(ws)) return;
    await this.setAway(this.workspaceOf(ws) ?? 0, Number(adminId), frame.data.away);
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    ws.close(code === 1005 ? 1000 : code, reason);
    const adminId = this.adminOf(ws);
    if (adminId && !this.onlineAdmins(ws).has(adminId)) await this.announce(adminId);
  }

  // Rooms hand their list rows here; one D1 batch per window writes them all, instead of one
  // write per room per part. A room's promise settles once its row is in D1.
  private pending = new Map<number, { fields: ListFields; waiters: (() => void)[] }>();
  private flushing: Promise<void> | null = null;

  async listChanged(workspaceId: number, conversationId: number, fields: ListFields): Promise<void> {
    this.workspaceId = workspaceId;
    const entry = this.pending.get(conversationId);
    if (!entry || fields.lastSeq >= entry.fields.lastSeq) this.pending.set(conversationId, { fields, waiters: entry?.waiters ?? [] });
    const done = new Promise<void>((resolve) => this.pending.get(conversationId)?.waiters.push(resolve));
    this.flushing ??= scheduler.wait(LIST_BATCH_MS).then(() => this.flushPending());
    return done;
  }

  private async flushPending(): Promise<void> {
    const workspaceId = this.workspaceId ?? 0;
    const batch = [...this.pending.entries()];
    this.pending.clear();
    this.flushing = null;
    try {
      await writeThroughMany(this.db(), workspaceId, batch.map(([id, e]) => ({ id, fields: e.fields })));
      const rows = await inboxRowsOf(this.db(), workspaceId, batch.map(([id]) => id));
      for (const row of rows) {
        const conversation = inboxConversation(row.conversation, row.contact);
        const frame = { type: "conversation", seq: this.store.lastSeq() + 1, conversation } satisfies InboxServerFrame;
        this.store.append(row.conversation.id, JSON.stringify(frame));
        this.broadcast(frame);
      }
      const freed = new Set(rows.filter((r) => r.conversation.state !== "open" && r.conversation.teamAssigneeId !== null).map((r) => r.conversation.teamAssigneeId ?? 0));
      for (const teamId of freed) await this.handOutTeam(workspaceId, teamId);
    } catch (error) {
      console.error(JSON.stringify({ level: "error", where: "InboxHub.flushPending", workspaceId, error: String(error) }));
    } finally {
      for (const [, e] of batch) for (const resolve of e.waiters) resolve();
    }
  }

  async typing(conversationId: number, author: Author): Promise<void> {
    this.broadcast({ type: "typing", conversation_id: String(conversationId), author });
  }

  async setAway(workspaceId: number, adminId: number, away: boolean): Promise<void> {
    this.workspaceId = workspaceId;
    await setAdminAway(this.db(), workspaceId, adminId, away);
    await this.announce(String(adminId));
    if (!away) await this.handOutAll();
  }

  /** First match of the workspace's routing rules assigns a new conversation to a team, maybe an admin. */
  async route(input: RouteInput): Promise<void> {
    this.workspaceId = input.workspaceId;
    const db = this.db();
    const [rules, stored, events] = await Promise.all([
      routingRulesOf(db, input.workspaceId),
      contactById(db, input.workspaceId, input.contactId),
      eventCountsOf(db, input.workspaceId, input.contactId),
    ]);
    if (!stored) return;
    const contact = ruleContactOf(stored, events);
    const rule = firstMatch(toRoutingRules(rules), { text: input.text, pageUrl: input.pageUrl, contact, now: input.now });
    if (!rule) return;
    const team = (await teamsOf(db, input.workspaceId)).find((t) => t.id === rule.teamId);
    if (!team) return;
    await roomOf(this.env, input.workspaceId, input.conversationId).post({
      clientId: `route-team-${rule.id}`, partType: "assignment", author: { ...ROUTER, name: `Rule: ${rule.name}` }, body: "", createdAt: input.now,
      assignedTo: { type: "team", id: String(team.id), name: team.name },
    });
    if (!rule.assignToAdmin) return;
    const candidates = await this.candidates(input.workspaceId, team.id);
    const adminId = pickAdmin(candidates.list, candidates.cap, this.store.lastAssigned(team.id));
    if (adminId !== null) await this.assign(input.workspaceId, input.conversationId, team.id, adminId, input.now);
  }

  private async assign(workspaceId: number, conversationId: number, teamId: number, adminId: number, now: number): Promise<void> {
    this.store.setLastAssigned(teamId, adminId);
    const admin = (await adminsOf(this.db(), workspaceId)).find((a) => a.id === adminId);
    await roomOf(this.env, workspaceId, conversationId).post({
      clientId: `route-admin-${teamId}-${adminId}-${now}`, partType: "assignment", author: ROUTER, body: "", createdAt: now,
      assignedTo: { type: "admin", id: String(adminId), name: admin?.name ?? null },
    });
  }

  private async candidates(workspaceId: number, teamId: number): Promise<{ list: Candidate[]; cap: number }> {
    const db = this.db();
    const [members, admins, open, workspace] = await Promise.all([membersOfTeams(db, workspaceId, [teamId]), adminsOf(db, workspaceId), openCountsByAdmin(db, workspaceId), workspaceById(db, workspaceId)]);
    const online = this.onlineAdmins();
    const ids = new Set(members.get(teamId) ?? []);
    const list = admins.filter((a) => ids.has(a.id)).map((a) => ({ adminId: a.id, online: online.has(String(a.id)), away: a.away, open: open.get(a.id) ?? 0 }));
    return { list, cap: workspace?.assignmentCap ?? 10 };
  }

  /** Capacity freed or someone came online: queued conversations go to whoever can take them. */
  private async handOutTeam(workspaceId: number, teamId: number): Promise<void> {
    const queue = await teamQueue(this.db(), workspaceId, teamId);
    if (queue.length === 0) return;
    const { list, cap } = await this.candidates(workspaceId, teamId);
    const plan = handOut(queue, list, cap, this.store.lastAssigned(teamId));
    const now = Math.floor(Date.now() / 1000);
    for (const { conversationId, adminId } of plan.assignments) await this.assign(workspaceId, conversationId, teamId, adminId, now);
  }

  private async handOutAll(): Promise<void> {
    if (!this.workspaceId) return;
    const workspaceId = this.workspaceId;
    const teams = await teamsOf(this.db(), workspaceId);
    for (const team of teams) await this.handOutTeam(workspaceId, team.id);
  }

  private onlineAdmins(except?: WebSocket): Set<string> {
    return new Set(this.ctx.getWebSockets().filter((ws) => ws !== except).flatMap((ws) => this.adminOf(ws) ?? []));
  }

  private workspaceOf(ws: WebSocket): number | null {
    const value: unknown = ws.deserializeAttachment();
    return typeof value === "object" && value !== null && "workspaceId" in value && typeof value.workspaceId === "number" ? value.workspaceId : null;
  }

  private adminOf(ws: WebSocket): string | null {
    const value: unknown = ws.deserializeAttachment();
    return typeof value === "object" && value !== null && "adminId" in value && typeof value.adminId === "string" ? value.adminId : null;
  }

  private async presence(): Promise<Presence[]> {
    if (!this.workspaceId) return [];
    const online = this.onlineAdmins();
    return (await adminsOf(this.db(), this.workspaceId)).map((a) => ({ admin_id: String(a.id), online: online.has(String(a.id)), away: a.away }));
  }

  private async announce(adminId: string): Promise<void> {
    const entry = (await this.presence()).find((p) => p.admin_id === adminId);
    if (entry) this.broadcast({ type: "presence", presence: entry });
  }

  private send(ws: WebSocket, frame: InboxServerFrame): void {
    try {
      ws.send(JSON.stringify(frame));
    } catch {
      // Closed meanwhile; the runtime drops it.
    }
  }

  private broadcast(frame: InboxServerFrame): void {
    const text = JSON.stringify(frame);
    for (const ws of this.ctx.getWebSockets()) {
      try {
        ws.send(text);
      } catch {
        // Closed meanwhile.
      }
    }
  }
}
