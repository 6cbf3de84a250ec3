import type { InboxConversation, InboxServerFrame } from "../../shared/inbox.ts";

// The one module that speaks SQL to an InboxHub's own SQLite: the event log admins resume from,
// and the round-robin position per team.
export const KEEP_EVENTS = 5000;
/** The log is trimmed every this many events, to KEEP_EVENTS. */
const TRIM_EVERY = 500;

const num = (v: SqlStorageValue | undefined): number | null => (typeof v === "number" ? v : null);

export class HubStore {
  /** The log's last seq, kept in memory after the first read: every append needs it. */
  private last: number | null = null;

  constructor(private readonly sql: SqlStorage) {
    sql.exec(`CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY, conversation_id INTEGER NOT NULL, payload TEXT NOT NULL)`);
    sql.exec(`CREATE TABLE IF NOT EXISTS round_robin (team_id INTEGER PRIMARY KEY, last_admin_id INTEGER)`);
    sql.exec(`CREATE TABLE IF NOT EXISTS watching (admin_id INTEGER NOT NULL, conversation_id INTEGER NOT NULL, at INTEGER NOT NULL, PRIMARY KEY (admin_id, conversation_id))`);
  }

  /** An admin opened a conversation's socket: offboarding them closes it there too. */
  watch(adminId: number, conversationId: number, at: number): void {
    this.sql.exec(`INSERT INTO watching VALUES (?, ?, ?) ON CONFLICT (admin_id, conversation_id) DO UPDATE SET at = excluded.at`, adminId, conversationId, at);
  }

  /** The conversations an admin opened since `since`; forgets older ones. */
  watchedBy(adminId: number, since: number): number[] {
    this.sql.exec(`DELETE FROM watching WHERE at < ?`, since);
    return this.sql
      .exec(`SELECT conversation_id AS id FROM watching WHERE admin_id = ?`, adminId)
      .toArray()
      .flatMap((r) => (typeof r.id === "number" ? [r.id] : []));
  }

  forgetWatches(adminId: number): void {
    this.sql.exec(`DELETE FROM watching WHERE admin_id = ?`, adminId);
  }

  lastSeq(): number {
    this.last ??= num(this.sql.exec(`SELECT max(seq) AS s FROM events`).one().s) ?? 0;
    return this.last;
  }

  firstSeq(): number {
    return num(this.sql.exec(`SELECT min(seq) AS s FROM events`).one().s) ?? 0;
  }

  /** Logs one event per changed conversation under the next seqs; returns each frame's text. */
  appendAll(changes: readonly { conversationId: number; conversation: InboxConversation }[]): string[] {
    return changes.map(({ conversationId, conversation }) => {
      const seq = this.lastSeq() + 1;
      const text = JSON.stringify({ type: "conversation", seq, conversation } satisfies InboxServerFrame);
      this.sql.exec(`INSERT INTO events VALUES (?, ?, ?)`, seq, conversationId, text);
      this.last = seq;
      if (seq % TRIM_EVERY === 0) this.sql.exec(`DELETE FROM events WHERE seq <= ?`, seq - KEEP_EVENTS);
      return text;
    });
  }

  after(seq: number): { seq: number; payload: string }[] {
    return this.sql
      .exec(`SELECT seq, payload FROM events WHERE seq > ? ORDER BY seq`, seq)
      .toArray()
      .map((r) => ({ seq: num(r.seq) ?? 0, payload: typeof r.payload === "string" ? r.payload : "{}" }));
  }

  lastAssigned(teamId: number): number | null {
    return num(this.sql.exec(`SELECT last_admin_id FROM round_robin WHERE team_id = ?`, teamId).toArray()[0]?.last_admin_id);
  }

  setLastAssigned(teamId: number, adminId: number): void {
    this.sql.exec(`INSERT INTO round_robin VALUES (?, ?) ON CONFLICT (team_id) DO UPDATE SET last_admin_id = excluded.last_admin_id`, teamId, adminId);
  }
}
