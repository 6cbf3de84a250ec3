import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Author, ConversationSummary, Part, ServerFrame } from "../protocol.ts";
import { initialConversation, lastSeq, reduce, toResend, type ConversationEvent, type ConversationState, type Side } from "./reducer.ts";

const contact: Author = { type: "user", id: "c1", name: "Ada" };
const teammate: Author = { type: "admin", id: "a1", name: "Bo" };

function aPart(seq: number, patch: Partial<Part> = {}): Part {
  return { seq, client_id: null, part_type: "comment", author: contact, body: `part ${seq}`, created_at: 1000 + seq, ...patch };
}

function aSummary(patch: Partial<ConversationSummary> = {}): ConversationSummary {
  return { id: "9", state: "open", last_seq: 0, last_part_at: 0, last_part_preview: "", last_part_author: contact, unread: 0, read_seq: { user: 0, admin: 0 }, ...patch };
}

const partFrame = (part: Part): ServerFrame => ({ type: "part", conversation_id: "9", part });
const apply = (events: ConversationEvent[], side: Side = "admin", from: ConversationState = initialConversation(side)) => events.reduce(reduce, from);
const seqs = (state: ConversationState) => state.parts.map((p) => p.seq);

describe("reduce", () => {
  it("keeps the summary and both read marks from the welcome", () => {
    const state = apply([{ type: "welcome", v: 1, conversation: aSummary({ read_seq: { user: 3, admin: 5 } }) }]);
    expect(state.summary?.id).toBe("9");
    expect(state.read).toEqual({ user: 3, admin: 5 });
  });

  it("orders parts by seq and ignores duplicates", () => {
    const state = apply([partFrame(aPart(2)), partFrame(aPart(1)), partFrame(aPart(2)), partFrame(aPart(4))]);
    expect(seqs(state)).toEqual([1, 2, 4]);
    expect(lastSeq(state)).toBe(4);
  });

  it("returns the same state for a part it already holds, so nothing re-renders", () => {
    const once = apply([partFrame(aPart(1))]);
    expect(reduce(once, partFrame(aPart(1)))).toBe(once);
  });

  it("is online and synced once the backlog is complete, and only offline after a close", () => {
    const synced = apply([{ type: "synced", last_seq: 0 }]);
    expect(synced).toMatchObject({ online: true, synced: true });
    expect(reduce(synced, { type: "disconnected" })).toMatchObject({ online: false, synced: true });
  });

  it("keeps a queued message pending until its ack or its part arrives", () => {
    const queued = apply([
      { type: "queued", client_id: "a", body: "Hi", kind: "comment" },
      { type: "queued", client_id: "b", body: "Note", kind: "note" },
      { type: "queued", client_id: "a", body: "Hi", kind: "comment" },
    ]);
    expect(queued.pending).toEqual([
      { clientId: "a", body: "Hi", kind: "comment" },
      { clientId: "b", body: "Note", kind: "note" },
    ]);
    expect(apply([{ type: "ack", client_id: "a", seq: 3 }], "admin", queued).pending.map((p) => p.clientId)).toEqual(["b"]);
    expect(apply([partFrame(aPart(4, { client_id: "b", author: teammate }))], "admin", queued).pending.map((p) => p.clientId)).toEqual(["a"]);
  });

  it("marks a refused message and clears the mark on retry", () => {
    const refused = apply([
      { type: "queued", client_id: "a", body: "Too long", kind: "comment" },
      { type: "error", code: "too_large", message: "Too large.", client_id: "a" },
    ]);
    expect(refused.pending).toEqual([{ clientId: "a", body: "Too long", kind: "comment", error: "Too large." }]);
    expect(toResend(refused)).toEqual([]);
    const retried = reduce(refused, { type: "retried", client_id: "a" });
    expect(retried.pending).toEqual([{ clientId: "a", body: "Too long", kind: "comment" }]);
    expect(toResend(retried)).toEqual(retried.pending);
  });

  it("ignores errors that name no pending message", () => {
    const state = apply([{ type: "queued", client_id: "a", body: "x", kind: "comment" }]);
    expect(reduce(state, { type: "error", code: "rate_limited", message: "Slow down.", client_id: "zz" })).toBe(state);
    expect(reduce(state, { type: "error", code: "invalid_frame", message: "Bad." })).toBe(state);
  });

  it("shows the contact typing to an admin but not a teammate", () => {
    const admin = initialConversation("admin");
    expect(reduce(admin, { type: "typing", author: teammate })).toBe(admin);
    expect(reduce(admin, { type: "typing", author: contact }).typing).toEqual(contact);
  });

  it("shows an admin typing to the contact, until that side's part or the timeout", () => {
    const typing = apply([{ type: "typing", author: teammate }], "user");
    expect(typing.typing).toEqual(teammate);
    expect(reduce(typing, partFrame(aPart(1))).typing).toEqual(teammate);
    expect(reduce(typing, partFrame(aPart(1, { author: teammate }))).typing).toBeNull();
    expect(reduce(typing, { type: "typing_stopped" }).typing).toBeNull();
  });

  it("ends an admin's view of the contact typing when the contact's part arrives", () => {
    expect(apply([{ type: "typing", author: contact }, partFrame(aPart(1))]).typing).toBeNull();
  });

  it("holds the rating the room pushes", () => {
    const rating = { rating: 3, remark: null, created_at: 1_700_000_000 };
    expect(apply([{ type: "rated", rating }]).rated).toEqual(rating);
    expect(initialConversation("admin").rated).toBeNull();
  });

  it("moves read marks forward only", () => {
    const state = apply([
      { type: "read", side: "user", seq: 5 },
      { type: "read", side: "user", seq: 2 },
      { type: "read", side: "admin", seq: 1 },
      { type: "welcome", v: 1, conversation: aSummary({ read_seq: { user: 1, admin: 4 } }) },
    ]);
    expect(state.read).toEqual({ user: 5, admin: 4 });
  });
});

const arbPartFrame = fc.integer({ min: 1, max: 40 }).map((seq) => partFrame(aPart(seq, { client_id: seq % 3 === 0 ? `c${seq}` : null })));
const arbEvent: fc.Arbitrary<ConversationEvent> = fc.oneof(
  arbPartFrame,
  fc.integer({ min: 1, max: 40 }).map((seq): ConversationEvent => ({ type: "ack", client_id: `c${seq}`, seq })),
  fc.integer({ min: 1, max: 40 }).map((seq): ConversationEvent => ({ type: "queued", client_id: `c${seq}`, body: "x", kind: "comment" })),
  fc.constantFrom<ConversationEvent>({ type: "synced", last_seq: 0 }, { type: "disconnected" }, { type: "typing", author: contact }),
  fc.record({ side: fc.constantFrom<"user" | "admin">("user", "admin"), seq: fc.integer({ min: 0, max: 40 }) }).map((r): ConversationEvent => ({ type: "read", ...r })),
);

describe("reduce over any frames", () => {
  it("never duplicates or reorders parts, in any order and with repeats", () => {
    fc.assert(
      fc.property(fc.array(arbPartFrame), (frames) => {
        const state = apply(frames);
        const unique = [...new Set(frames.flatMap((f) => (f.type === "part" ? [f.part.seq] : [])))].sort((a, b) => a - b);
        expect(seqs(state)).toEqual(unique);
      }),
    );
  });

  it("holds the same parts whatever order the frames came in", () => {
    fc.assert(
      fc.property(fc.array(arbPartFrame).chain((frames) => fc.tuple(fc.constant(frames), fc.shuffledSubarray(frames, { minLength: frames.length }))), ([frames, shuffled]) => {
        expect(apply(shuffled).parts).toEqual(apply(frames).parts);
      }),
    );
  });

  it("reaches the same state when every frame is applied twice", () => {
    fc.assert(
      fc.property(fc.array(arbEvent), (events) => {
        expect(apply(events.flatMap((e) => [e, e]))).toEqual(apply(events));
      }),
    );
  });

  it("never keeps a message pending twice, nor after its part is held", () => {
    fc.assert(
      fc.property(fc.array(arbEvent), (events) => {
        const state = apply(events);
        const ids = state.pending.map((p) => p.clientId);
        expect(new Set(ids).size).toBe(ids.length);
        for (const event of events) {
          const clientId = event.type === "part" ? event.part.client_id : event.type === "ack" ? event.client_id : null;
          const later = events.slice(events.indexOf(event) + 1);
          const requeued = later.some((e) => e.type === "queued" && e.client_id === clientId);
          if (clientId && !requeued) expect(ids).not.toContain(clientId);
        }
      }),
    );
  });

  it("never moves a read mark back", () => {
    fc.assert(
      fc.property(fc.array(arbEvent), (events) => {
        let state = initialConversation("user");
        for (const event of events) {
          const next = reduce(state, event);
          expect(next.read.user).toBeGreaterThanOrEqual(state.read.user);
          expect(next.read.admin).toBeGreaterThanOrEqual(state.read.admin);
          state = next;
        }
      }),
    );
  });
});
