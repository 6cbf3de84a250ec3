import type { Author, Part } from "../../shared/protocol.ts";
import type { NewPart, RoomMeta, Side } from "../durable/rpc.ts";
import { emptyState, nextPart, withPart, withRead, type RoomState } from "./roomState.ts";
import { RoomStore } from "./roomStore.ts";

/** The meta row rides along with a part's insert at most this often; the log replays the rest. */
const META_SAVE_MS = 10_000;

/**
 * A room's durable log and the state it answers from memory: loaded once per wake-up, moved on by
 * each stored part and read marker, and saved behind the log (see replayMeta) at most every
 * META_SAVE_MS, or when a read marker moved, which the log cannot replay.
 */
export class RoomLog {
  private store: RoomStore;
  /** Undefined until first used after a wake-up; null when there is no conversation. */
  private loaded: RoomState | null | undefined;
  private metaSavedAt = 0;
  private readUnsaved = false;
  private readonly names = new Map<string, string | null>();

  constructor(private readonly sql: SqlStorage) {
    this.store = new RoomStore(sql);
  }

  state(): RoomState | null {
    if (this.loaded === undefined) this.loaded = this.store.loadState();
    return this.loaded;
  }

  /** The stored parts, for reads: backlogs, exports, views. */
  get parts(): Pick<RoomStore, "partsAfter" | "attachmentsAfter" | "recentParts" | "byClientId"> {
    return this.store;
  }

  create(meta: RoomMeta): void {
    this.loaded = emptyState(meta);
    this.store.saveMeta(meta, 0);
  }

  /** Stores the next part: one statement, like a bare relay; a retried client id stores nothing (null). */
  append(newPart: NewPart): Part | null {
    const state = this.state();
    if (!state) throw new Error("a part before the conversation exists");
    const part = nextPart(state, newPart);
    if (!this.store.insert(part)) return null;
    this.loaded = withPart(state, part);
    // Written in the same event as the insert, so in the same transaction and the same fsync.
    if (Date.now() - this.metaSavedAt >= META_SAVE_MS) this.saveMeta();
    return part;
  }

  /** Moves a read marker; null when it does not move. */
  read(side: Side, seq: number): RoomState | null {
    const state = this.state();
    const next = state ? withRead(state, side, seq) : null;
    if (!next) return null;
    this.loaded = next;
    this.readUnsaved = true;
    return next;
  }

  /** Saves the meta if a read marker moved since it was last saved. */
  flushReads(): void {
    if (this.readUnsaved) this.saveMeta();
  }

  moveTo(contactId: string): void {
    const state = this.state();
    if (!state) return;
    this.loaded = { ...state, meta: { ...state.meta, contactId } };
    this.store.saveMeta(this.loaded.meta, this.loaded.lastSeq);
  }

  /** Stores the parts it lacks (by seq) and takes the meta. */
  restore(meta: RoomMeta, parts: readonly Part[]): RoomState | null {
    for (const part of parts) this.store.insert(part);
    const lastSeq = parts.reduce((max, p) => Math.max(max, p.seq), this.state()?.lastSeq ?? 0);
    this.store.saveMeta(meta, lastSeq);
    this.loaded = this.store.loadState();
    this.metaSavedAt = Date.now();
    return this.loaded;
  }

  /** After the storage was deleted: a fresh store recreates the tables empty, so the id may be reused. */
  reset(): void {
    this.store = new RoomStore(this.sql);
    this.names.clear();
    this.loaded = undefined;
  }

  nameOf(role: Author["type"], id: string): string | null {
    const key = `${role}:${id}`;
    if (!this.names.has(key)) this.names.set(key, this.store.nameOf(role, id));
    return this.names.get(key) ?? null;
  }

  rememberName(role: Author["type"], id: string, name: string | null): void {
    if (this.nameOf(role, id) === name) return;
    this.names.set(`${role}:${id}`, name);
    this.store.rememberName(role, id, name);
  }

  private saveMeta(): void {
    const state = this.state();
    if (!state) return;
    this.store.saveMeta(state.meta, state.lastSeq);
    this.metaSavedAt = Date.now();
    this.readUnsaved = false;
  }
}
