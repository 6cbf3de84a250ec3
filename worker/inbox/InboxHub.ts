import { INBOX_PROTOCOL_VERSION, inboxClientFrame, type InboxServerFrame } from "../../shared/inbox.ts";
import type { Author } from "../../shared/protocol.ts";
import { handOut, pickAdmin, type Candidate } from "../../shared/routing/assign.ts";
import { firstMatch } from "../../shared/routing/route.ts";
import { adminsOf, setAdminAway } from "../db/admins.ts";
import { openDb } from "../db/client.ts";
import { contactById } from "../db/contacts.ts";
import { writeThroughMany } from "../db/conversations.ts";
import { taggedInboxRowsOf } from "../db/inboxTags.ts";
import { eventCountsOf } from "../db/engageAudience.ts";
import { membersOfTeams, openCountsByAdmin, routingRulesOf, teamQueue } from "../db/routing.ts";
import { ruleContactOf } from "../db/ruleContact.ts";
import { tagNamesOfContacts } from "../db/taggings.ts";
import { teamsOf } from "../db/teams.ts";
import { workspaceById } from "../db/workspaces.ts";
import { workspaceOfHub } from "../durable/names.ts";
import type { InboxHubRpc, ListChange, RouteInput, Routed } from "../durable/rpc.ts";
import { mayOpenSocket, SocketObject, tooManySockets } from "../durable/SocketObject.ts";
import { roomOf } from "../durable/stubs.ts";
import type { Env } from "../env.ts";
import type { AssignedNotice } from "../durable/assignedNotice.ts";
import { emailAssignee } from "./emailAssignee.ts";
import { HubStore } from "./hubStore.ts";
import { dueRows, freedTeams, mergePending, type PendingRow } from "./listBatch.ts";
import { baseExpiry, liveRow, pruneBases, toRead, type RowBase } from "./liveRows.ts";
import { cameOnline, presenceOf, wentOffline } from "./presence.ts";
import { canResume } from "./resume.ts";
import { toRoutingRules } from "./routingRules.ts";

/** How long the first changed row waits for others before admins are told, in one log write. */
export const LIST_BATCH_MS = 100;
/** How long an urgent row (REST, RPC) waits for others before D1 gets it; its caller waits too. */
const URGENT_WRITE_MS = 25;
/** How long a live row may wait before D1 gets it: changes to it meanwhile share one write. */
export const WRITE_BEHIND_MS = 5000;
/** D1 gets at most this many due rows per tick, one small transaction each tick. */
const WRITE_CHUNK_ROWS = 10;
const WRITE_TICK_MS = 100;
/** Conversation sockets an admin opened this long ago are assumed closed (sockets drop on every deploy). */
const WATCH_KEPT_MS = 7 * 24 * 3600 * 1000;

const ROUTER: Author = { type: "bot", id: "routing", name: "Routing rules" };

/**
 * One per workspace (named after it, so it knows which after hibernation too): every signed-in
 * admin's socket, the ordered log of conversation changes they resume from, presence, and
 * assignment (routing rules, round robin, team queues).
 */
export class InboxHub extends SocketObject<Env> implements InboxHubRpc {
  private readonly store: HubStore;
  private readonly workspaceId: number;
  // Rooms hand their list rows here. Admins hear of them within LIST_BATCH_MS; D1 gets them in one
  // transaction per window (write-behind), so a busy workspace costs D1 about one write a second.
  // A room's promise settles once its row is in D1.
  private readonly toAnnounce = new Map<number, ListChange>();
  private announceTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly toWrite = new Map<number, PendingRow>();
  private writeTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly rowBases = new Map<number, RowBase>();
  /** The last frame of each row announced but not yet in D1: a fresh inbox gets these too. */
  private readonly unwritten = new Map<number, string>();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new HubStore(ctx.storage.sql);
    this.workspaceId = workspaceOfHub(ctx.id.name) ?? 0;
  }

  private db() {
    return openDb(this.env.DB);
  }

  override async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const adminId = url.searchParams.get("admin");
    if (!adminId || request.headers.get("upgrade") !== "websocket") return new Response("Bad handshake", { status: 400 });
    if (!mayOpenSocket(this.ctx.getWebSockets(`admin:${adminId}`).length)) return tooManySockets();
    const first = cameOnline(adminId, this.onlineAdmins());
    const presence = presenceOf(await adminsOf(this.db(), this.workspaceId), new Set([...this.onlineAdmins(), adminId]));
    // Without `after` the admin has just loaded the lists from D1: news is what happens from now
    // on, plus the rows D1 does not have yet (written behind).
    const fresh = !url.searchParams.has("after");
    const last = this.store.lastSeq();
    const after = fresh ? last : Number(url.searchParams.get("after")) || 0;
    const response = this.acceptSocket(request, [`admin:${adminId}`], (server) => {
      server.serializeAttachment({ adminId });
      this.sendFrame(server, { type: "hello", v: INBOX_PROTOCOL_VERSION, seq: last, presence });
      if (after > 0 && !canResume(after, this.store.firstSeq(), last)) this.sendFrame(server, { type: "reset", seq: last });
      else for (const e of this.store.after(after)) this.sendText(server, e.payload);
      if (fresh) for (const text of this.unwritten.values()) this.sendText(server, text);
      this.sendFrame(server, { type: "synced", seq: last });
    });
    if (first) {
      this.ctx.waitUntil(this.announce(adminId));
      this.ctx.waitUntil(this.handOutAll());
    }
    return response;
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    // A refused frame is answered, as in the conversation room, so a client's bug shows instead of vanishing.
    const refuse = (code: "invalid_frame" | "too_large", text: string) => this.sendFrame(ws, { type: "error", code, message: text });
    if (typeof message !== "string") return refuse("invalid_frame", "Frames are JSON text.");
    if (message.length > 1024) return refuse("too_large", "Inbox frames are limited to 1 KB.");
    let data: unknown;
    try {
      data = JSON.parse(message);
    } catch {
      return refuse("invalid_frame", "Frames are JSON objects.");
    }
    const frame = inboxClientFrame.safeParse(data);
    const adminId = adminOf(ws);
    if (!frame.success) return refuse("invalid_frame", `${frame.error.issues[0]?.path.join(".") || "frame"}: ${frame.error.issues[0]?.message ?? "invalid"}`);
    // The runtime answers the exact text {"type":"ping"}; any other spelling of it lands here.
    if (frame.data.type === "ping") return this.sendFrame(ws, { type: "pong" });
    if (!adminId) return;
    await this.setAway(Number(adminId), frame.data.away);
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    await super.webSocketClose(ws, code, reason);
    const adminId = adminOf(ws);
    if (wentOffline(adminId, this.onlineAdmins(ws))) await this.announce(adminId);
  }

  async listChanged(change: ListChange): Promise<void> {
    const earlier = this.toAnnounce.get(change.conversationId);
    if (!earlier || change.fields.lastSeq >= earlier.fields.lastSeq) this.toAnnounce.set(change.conversationId, change);
    this.announceTimer ??= setTimeout(() => this.guard("announce", () => this.announceRows()), LIST_BATCH_MS);
    const dueAt = Date.now() + (change.urgent ? URGENT_WRITE_MS : WRITE_BEHIND_MS);
    const written = new Promise<void>((resolve) => mergePending(this.toWrite, change.conversationId, { fields: change.fields, dueAt, urgent: change.urgent }, resolve));
    this.scheduleWrite(change.urgent ? URGENT_WRITE_MS : WRITE_TICK_MS);
    return written;
  }

  async tagsChanged(conversationId: number): Promise<void> {
    const [row] = await taggedInboxRowsOf(this.db(), this.workspaceId, [conversationId]);
    if (!row) return;
    this.rowBases.set(conversationId, { conversation: row.conversation, contact: row.contact, tags: row.tags, expiresAt: baseExpiry(Date.now(), Math.random()) });
    // A row already waiting to be announced goes out with the new base; otherwise the newest
    // fields are the ones still waiting for D1, or D1's own.
    if (!this.toAnnounce.has(conversationId)) {
      const fields = this.toWrite.get(conversationId)?.fields ?? row.conversation;
      this.toAnnounce.set(conversationId, { conversationId, contactId: row.conversation.contactId, fields, urgent: false });
    }
    this.announceTimer ??= setTimeout(() => this.guard("announce", () => this.announceRows()), LIST_BATCH_MS);
  }

  /** The next tick: sooner for an urgent row; while rows are pending, ticks keep coming. */
  private scheduleWrite(delay: number): void {
    if (this.writeTimer && delay >= WRITE_TICK_MS) return;
    if (this.writeTimer) clearTimeout(this.writeTimer);
    this.writeTimer = setTimeout(() => {
      this.writeTimer = null;
      this.guard("writeRows", async () => {
        await this.writeRows();
        if (this.toWrite.size > 0) this.scheduleWrite(WRITE_TICK_MS);
      });
    }, delay);
  }

  private async announceRows(): Promise<void> {
    const changes = [...this.toAnnounce.values()];
    this.toAnnounce.clear();
    if (this.announceTimer) clearTimeout(this.announceTimer);
    this.announceTimer = null;
    const now = Date.now();
    const stale = toRead(this.rowBases, changes, now);
    if (stale.length > 0) {
      pruneBases(this.rowBases, now);
      for (const row of await taggedInboxRowsOf(this.db(), this.workspaceId, stale)) {
        this.rowBases.set(row.conversation.id, { conversation: row.conversation, contact: row.contact, tags: row.tags, expiresAt: baseExpiry(now, Math.random()) });
      }
    }
    const rows = changes.flatMap((c) => {
      const base = this.rowBases.get(c.conversationId);
      return base ? [{ conversationId: c.conversationId, conversation: liveRow(base, c.fields) }] : [];
    });
    this.store.appendAll(rows).forEach((text, i) => {
      const id = rows[i]?.conversationId;
      if (id !== undefined && this.toWrite.has(id)) this.unwritten.set(id, text);
      this.broadcastText(text);
    });
  }

  private async writeRows(): Promise<void> {
    // Enough per tick that everything pending is written within about the write-behind delay.
    const perTick = Math.max(WRITE_CHUNK_ROWS, Math.ceil(this.toWrite.size / (WRITE_BEHIND_MS / WRITE_TICK_MS)));
    const ids = dueRows(this.toWrite, Date.now(), perTick);
    const batch = ids.flatMap((id) => {
      const row = this.toWrite.get(id);
      this.toWrite.delete(id);
      this.unwritten.delete(id);
      return row ? [{ id, row }] : [];
    });
    if (batch.length === 0) return;
    try {
      // Admins hear of a change no later than D1 has it: a REST caller that reconnects next finds it in the log.
      if (this.toAnnounce.size > 0) await this.announceRows();
      await writeThroughMany(this.db(), this.workspaceId, batch.map(({ id, row }) => ({ id, fields: row.fields })));
    } finally {
      for (const { row } of batch) for (const resolve of row.waiters) resolve();
    }
    for (const teamId of freedTeams(batch.map(({ row }) => row.fields))) await this.handOutTeam(teamId);
  }

  private guard(where: string, work: () => Promise<void>): void {
    work().catch((error: unknown) => console.error(JSON.stringify({ level: "error", where: `InboxHub.${where}`, workspaceId: this.workspaceId, error: String(error) })));
  }

  async typing(conversationId: number, author: Author): Promise<void> {
    this.broadcastFrame({ type: "typing", conversation_id: String(conversationId), author });
  }

  async setAway(adminId: number, away: boolean): Promise<void> {
    await setAdminAway(this.db(), this.workspaceId, adminId, away);
    await this.announce(String(adminId));
    if (!away) await this.handOutAll();
  }

  /** Ends an admin's inbox sockets and the conversation sockets they opened, at once. */
  async disconnectAdmin(adminId: number): Promise<void> {
    for (const ws of this.ctx.getWebSockets(`admin:${adminId}`)) ws.close(4001, "signed out");
    const since = Date.now() - WATCH_KEPT_MS;
    await Promise.all(this.store.watchedBy(adminId, since).map((id) => roomOf(this.env, this.workspaceId, id).disconnect("admin", String(adminId))));
    this.store.forgetWatches(adminId);
  }

  async onlineAdminIds(): Promise<string[]> {
    return [...this.onlineAdmins()];
  }

  async watching(adminId: number, conversationId: number): Promise<void> {
    this.store.watch(adminId, conversationId, Date.now());
  }

  async assigned(notice: AssignedNotice): Promise<void> {
    await emailAssignee(this.env, this.db(), this.workspaceId, notice, this.onlineAdmins().has(String(notice.adminId)));
  }

  /** First match of the workspace's routing rules: a team, and an admin of it when the rule says so. */
  async route(input: RouteInput): Promise<Routed | null> {
    const db = this.db();
    const [rules, stored, events, teams, tags] = await Promise.all([
      routingRulesOf(db, this.workspaceId),
      contactById(db, this.workspaceId, input.contactId),
      eventCountsOf(db, this.workspaceId, input.contactId),
      teamsOf(db, this.workspaceId),
      tagNamesOfContacts(db, this.workspaceId, [input.contactId]),
    ]);
    if (!stored) return null;
    const contact = ruleContactOf(stored, events, tags.get(input.contactId) ?? []);
    const rule = firstMatch(toRoutingRules(rules), { text: input.text, pageUrl: input.pageUrl, contact, now: input.now });
    const team = rule ? teams.find((t) => t.id === rule.teamId) : undefined;
    if (!rule || !team) return null;
    const routed: Routed = { rule: { id: rule.id, name: rule.name }, team: { id: team.id, name: team.name }, admin: null };
    if (!rule.assignToAdmin) return routed;
    const { list, cap, admins } = await this.candidates(team.id);
    const adminId = pickAdmin(list, cap, this.store.lastAssigned(team.id));
    if (adminId === null) return routed;
    this.store.setLastAssigned(team.id, adminId);
    return { ...routed, admin: { id: adminId, name: admins.find((a) => a.id === adminId)?.name ?? null } };
  }

  private async candidates(teamId: number) {
    const db = this.db();
    const [members, admins, open, workspace] = await Promise.all([
      membersOfTeams(db, this.workspaceId, [teamId]),
      adminsOf(db, this.workspaceId),
      openCountsByAdmin(db, this.workspaceId),
      workspaceById(db, this.workspaceId),
    ]);
    const online = this.onlineAdmins();
    const ids = new Set(members.get(teamId) ?? []);
    const list: Candidate[] = admins.filter((a) => ids.has(a.id)).map((a) => ({ adminId: a.id, online: online.has(String(a.id)), away: a.away, open: open.get(a.id) ?? 0 }));
    return { list, cap: workspace?.assignmentCap ?? 10, admins };
  }

  /** Capacity freed or someone came online: queued conversations go to whoever can take them. */
  private async handOutTeam(teamId: number): Promise<void> {
    const queue = await teamQueue(this.db(), this.workspaceId, teamId);
    if (queue.length === 0) return;
    const { list, cap, admins } = await this.candidates(teamId);
    const plan = handOut(queue, list, cap, this.store.lastAssigned(teamId));
    const now = Math.floor(Date.now() / 1000);
    for (const { conversationId, adminId } of plan.assignments) {
      this.store.setLastAssigned(teamId, adminId);
      await roomOf(this.env, this.workspaceId, conversationId).post({
        clientId: `route-admin-${teamId}-${adminId}-${now}`, partType: "assignment", author: ROUTER, body: "", createdAt: now,
        assignedTo: { type: "admin", id: String(adminId), name: admins.find((a) => a.id === adminId)?.name ?? null },
      });
    }
  }

  private async handOutAll(): Promise<void> {
    for (const team of await teamsOf(this.db(), this.workspaceId)) await this.handOutTeam(team.id);
  }

  private onlineAdmins(except?: WebSocket): Set<string> {
    return new Set(this.ctx.getWebSockets().filter((ws) => ws !== except).flatMap((ws) => adminOf(ws) ?? []));
  }

  private async announce(adminId: string): Promise<void> {
    const entry = presenceOf(await adminsOf(this.db(), this.workspaceId), this.onlineAdmins()).find((p) => p.admin_id === adminId);
    if (entry) this.broadcastFrame({ type: "presence", presence: entry });
  }

  private sendFrame(ws: WebSocket, frame: InboxServerFrame): void {
    this.sendText(ws, JSON.stringify(frame));
  }

  private broadcastFrame(frame: InboxServerFrame): void {
    this.broadcastText(JSON.stringify(frame));
  }
}

function adminOf(ws: WebSocket): string | null {
  const value: unknown = ws.deserializeAttachment();
  return typeof value === "object" && value !== null && "adminId" in value && typeof value.adminId === "string" ? value.adminId : null;
}
