import * as z from "zod/mini";
import { attachment, type Attachment } from "../../shared/attachments.ts";
import { PART_TYPES, type Author, type Part } from "../../shared/protocol.ts";
import type { RoomMeta } from "../durable/rpc.ts";
import { emptyState, replayMeta, unreadOnly, type RoomState } from "./roomState.ts";

// The one module that speaks SQL to a ConversationRoom's own SQLite storage.

type Row = Record<string, SqlStorageValue>;
const STATES = ["open", "closed", "snoozed"] as const;

const str = (v: SqlStorageValue | undefined): string | null => (typeof v === "string" ? v : null);
const num = (v: SqlStorageValue | undefined): number | null => (typeof v === "number" ? v : null);

export class RoomStore {
  constructor(private readonly sql: SqlStorage) {
    // One read on every wake-up; the schema is written only by a room that lacks it.
    const has = sql
      .exec(`SELECT (SELECT count(*) FROM pragma_table_info('meta') WHERE name = 'applied_seq') AS meta, (SELECT count(*) FROM pragma_table_info('parts') WHERE name = 'attachments') AS files`)
      .one();
    if (has.meta === 0) this.createSchema();
    if (has.files === 0) sql.exec(`ALTER TABLE parts ADD COLUMN attachments TEXT`);
  }

  private createSchema(): void {
    const sql = this.sql;
    sql.exec(`CREATE TABLE IF NOT EXISTS meta (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      workspace_id INTEGER NOT NULL, conversation_id INTEGER NOT NULL, contact_id TEXT NOT NULL,
      state TEXT NOT NULL, snoozed_until INTEGER, admin_assignee_id INTEGER, team_assignee_id INTEGER,
      created_at INTEGER NOT NULL, read_user INTEGER NOT NULL, read_admin INTEGER NOT NULL,
      waiting_since INTEGER, first_admin_reply_at INTEGER, closed_at INTEGER
    )`);
    sql.exec(`CREATE TABLE IF NOT EXISTS names (type TEXT NOT NULL, id TEXT NOT NULL, name TEXT, PRIMARY KEY (type, id))`);
    sql.exec(`CREATE TABLE IF NOT EXISTS parts (
      seq INTEGER PRIMARY KEY, client_id TEXT, part_type TEXT NOT NULL,
      author_type TEXT NOT NULL, author_id TEXT NOT NULL, author_name TEXT,
      body TEXT NOT NULL, created_at INTEGER NOT NULL,
      assigned_type TEXT, assigned_id TEXT, assigned_name TEXT, has_assignee INTEGER NOT NULL DEFAULT 0,
      snoozed_until INTEGER
    )`);
    sql.exec(`CREATE UNIQUE INDEX IF NOT EXISTS parts_client ON parts(author_type, author_id, client_id) WHERE client_id IS NOT NULL`);
    // Rooms from before the meta was saved behind the log: their meta is current (applied_seq NULL).
    sql.exec(`ALTER TABLE meta ADD COLUMN applied_seq INTEGER`);
  }

  /** The saved meta and the last seq it includes (null: every part). */
  private savedMeta(): { meta: RoomMeta; appliedSeq: number | null } | null {
    const row = this.sql.exec(`SELECT * FROM meta WHERE id = 1`).toArray()[0];
    if (!row) return null;
    const meta: RoomMeta = {
      workspaceId: num(row.workspace_id) ?? 0,
      conversationId: num(row.conversation_id) ?? 0,
      contactId: str(row.contact_id) ?? "",
      state: STATES.find((s) => s === row.state) ?? "open",
      snoozedUntil: num(row.snoozed_until),
      adminAssigneeId: num(row.admin_assignee_id),
      teamAssigneeId: num(row.team_assignee_id),
      createdAt: num(row.created_at) ?? 0,
      readUser: num(row.read_user) ?? 0,
      readAdmin: num(row.read_admin) ?? 0,
      waitingSince: num(row.waiting_since),
      firstAdminReplyAt: num(row.first_admin_reply_at),
      closedAt: num(row.closed_at),
    };
    return { meta, appliedSeq: num(row.applied_seq) };
  }

  /** Saves the meta as it stands after part `appliedSeq`. */
  saveMeta(m: RoomMeta, appliedSeq: number): void {
    this.sql.exec(
      `INSERT OR REPLACE INTO meta (id, workspace_id, conversation_id, contact_id, state, snoozed_until, admin_assignee_id, team_assignee_id,
        created_at, read_user, read_admin, waiting_since, first_admin_reply_at, closed_at, applied_seq) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      m.workspaceId, m.conversationId, m.contactId, m.state, m.snoozedUntil, m.adminAssigneeId, m.teamAssigneeId, m.createdAt, m.readUser, m.readAdmin,
      m.waitingSince, m.firstAdminReplyAt, m.closedAt, appliedSeq,
    );
  }

  rememberName(type: Author["type"], id: string, name: string | null): void {
    this.sql.exec(`INSERT INTO names VALUES (?, ?, ?) ON CONFLICT (type, id) DO UPDATE SET name = excluded.name`, type, id, name);
  }

  nameOf(type: Author["type"], id: string): string | null {
    return str(this.sql.exec(`SELECT name FROM names WHERE type = ? AND id = ?`, type, id).toArray()[0]?.name);
  }

  /** Everything the room answers from memory, read once when the object wakes up. */
  loadState(): RoomState | null {
    const saved = this.savedMeta();
    if (!saved) return null;
    const meta = saved.appliedSeq === null ? saved.meta : replayMeta(saved.meta, this.partsAfter(saved.appliedSeq));
    // One pass over the log's small columns, then the few whole parts the state keeps.
    const state: RoomState = { ...emptyState(meta), commentSeqs: { user: [], admin: [] } };
    let [lastMessage, lastPart, lastForUser] = [0, 0, 0];
    for (const row of this.sql.exec(`SELECT seq, part_type, author_type, created_at FROM parts ORDER BY seq`)) {
      const seq = num(row.seq) ?? 0;
      const type = row.part_type;
      state.count++;
      state.lastSeq = seq;
      lastPart = seq;
      if (type === "comment" || type === "note") lastMessage = seq;
      if (type === "comment" || type === "close" || type === "open") lastForUser = seq;
      if (type === "comment" && row.author_type === "user") {
        state.commentSeqs.user.push(seq);
        state.contactRepliedAt ??= num(row.created_at);
      }
      if (type === "comment" && row.author_type === "admin") state.commentSeqs.admin.push(seq);
    }
    const kept = new Map(this.sql.exec(`SELECT * FROM parts WHERE seq IN (?, ?, ?)`, lastMessage, lastPart, lastForUser).toArray().map((r) => [num(r.seq), toPart(r)]));
    return { ...state, commentSeqs: unreadOnly(state.commentSeqs, meta), lastMessage: kept.get(lastMessage) ?? null, lastPart: kept.get(lastPart) ?? null, lastForUser: kept.get(lastForUser) ?? null };
  }

  /** The part this author already sent with this client id, if any: retries are answered from here. */
  byClientId(author: Author, clientId: string): Part | null {
    const row = this.sql.exec(`SELECT * FROM parts WHERE author_type = ? AND author_id = ? AND client_id = ?`, author.type, author.id, clientId).toArray()[0];
    return row ? toPart(row) : null;
  }

  /** Stores a part under the seq it was given; false when its author already used its client id. */
  insert(part: Part): boolean {
    const a = part.assigned_to ?? null;
    const cursor = this.sql.exec(
      `INSERT INTO parts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      part.seq, part.client_id, part.part_type, part.author.type, part.author.id, part.author.name, part.body, part.created_at,
      a?.type ?? null, a?.id ?? null, a?.name ?? null, part.assigned_to !== undefined ? 1 : 0, part.snoozed_until ?? null,
      part.attachments?.length ? JSON.stringify(part.attachments) : null,
    );
    return cursor.rowsWritten > 0;
  }

  /** The files of the parts after `seq`, without reading the parts. */
  attachmentsAfter(seq: number): Attachment[] {
    return this.sql.exec(`SELECT attachments FROM parts WHERE seq > ? AND attachments IS NOT NULL`, seq).toArray().flatMap((r) => attachmentsOf(r.attachments));
  }

  /**
   * The first part (the conversation's source) and the `latest` parts up to `upTo`, in order, with
   * how many parts there are up to `upTo`: the REST view of a long conversation, without reading it all.
   */
  recentParts(upTo: number, latest: number): { parts: Part[]; total: number } {
    const total = num(this.sql.exec(`SELECT count(*) AS n FROM parts WHERE seq <= ?`, upTo).toArray()[0]?.n) ?? 0;
    const rows = this.sql
      .exec(`SELECT * FROM (SELECT * FROM parts WHERE seq <= ? ORDER BY seq DESC LIMIT ?) UNION SELECT * FROM (SELECT * FROM parts ORDER BY seq LIMIT 1) ORDER BY seq`, upTo, latest)
      .toArray();
    return { parts: rows.map(toPart), total };
  }

  partsAfter(seq: number, limit = 10_000): Part[] {
    return this.sql.exec(`SELECT * FROM parts WHERE seq > ? ORDER BY seq LIMIT ?`, seq, limit).toArray().map(toPart);
  }
}

function toPart(row: Row): Part {
  const authorType = row.author_type === "admin" || row.author_type === "bot" ? row.author_type : "user";
  const part: Part = {
    seq: num(row.seq) ?? 0,
    client_id: str(row.client_id),
    part_type: PART_TYPES.find((t) => t === row.part_type) ?? "comment",
    author: { type: authorType, id: str(row.author_id) ?? "", name: str(row.author_name) },
    body: str(row.body) ?? "",
    created_at: num(row.created_at) ?? 0,
  };
  if (row.has_assignee === 1) {
    const type = row.assigned_type === "admin" || row.assigned_type === "team" ? row.assigned_type : null;
    part.assigned_to = type ? { type, id: str(row.assigned_id) ?? "", name: str(row.assigned_name) } : null;
  }
  if (part.part_type === "snoozed") part.snoozed_until = num(row.snoozed_until);
  const files = attachmentsOf(row.attachments);
  if (files.length > 0) part.attachments = files;
  return part;
}

const storedAttachments = z.array(attachment);

function attachmentsOf(value: SqlStorageValue | undefined): Attachment[] {
  if (typeof value !== "string") return [];
  try {
    const parsed = storedAttachments.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
