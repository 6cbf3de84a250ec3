import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Author, Part } from "../../shared/protocol.ts";
import type { NewPart, RoomMeta } from "../durable/types.ts";
import { emptyState, listFields, nextPart, replayMeta, summary, unreadBy, withPart, withRead, type RoomState } from "./roomState.ts";

const meta: RoomMeta = {
  workspaceId: 1, conversationId: 7, contactId: "c", state: "open", snoozedUntil: null, adminAssigneeId: null, teamAssigneeId: null,
  createdAt: 100, readUser: 0, readAdmin: 0, waitingSince: null, firstAdminReplyAt: null, closedAt: null,
};
const user: Author = { type: "user", id: "c", name: null };
const admin: Author = { type: "admin", id: "1", name: "Ann" };
const bot: Author = { type: "bot", id: "routing", name: "Routing rules" };
const aNew = (author: Author, partType: Part["part_type"] = "comment", body = "hi"): NewPart => ({ clientId: null, partType, author, body, createdAt: 200 });

function play(parts: NewPart[]): RoomState {
  return parts.reduce((s, p) => withPart(s, nextPart(s, p)), emptyState(meta));
}

describe("nextPart", () => {
  it("numbers parts one after another and carries assignees and snooze times only where they belong", () => {
    const s = play([aNew(user)]);
    expect(nextPart(s, aNew(admin)).seq).toBe(2);
    expect(nextPart(s, { ...aNew(bot, "assignment", ""), assignedTo: { type: "team", id: "3", name: "Sales" } }).assigned_to).toEqual({ type: "team", id: "3", name: "Sales" });
    expect(nextPart(s, aNew(admin)).assigned_to).toBeUndefined();
    expect(nextPart(s, { ...aNew(admin, "snoozed", ""), snoozedUntil: 999 }).snoozed_until).toBe(999);
  });
});

describe("withPart", () => {
  it("marks everything up to a part read for the side that wrote it", () => {
    const s = play([aNew(user), aNew(admin), aNew(user)]);
    expect(s.meta).toMatchObject({ readUser: 3, readAdmin: 2 });
    expect(unreadBy(s, "admin")).toBe(1);
    expect(unreadBy(s, "user")).toBe(0);
  });

  it("previews the last message in lists, never routing's assignment", () => {
    const s = play([aNew(user, "comment", "pricing please"), { ...aNew(bot, "assignment", ""), assignedTo: { type: "team", id: "3", name: "Sales" } }]);
    expect(listFields(s)).toMatchObject({ lastSeq: 2, lastPartPreview: "pricing please", lastPartAuthorType: "user", partsCount: 2, teamAssigneeId: 3 });
  });

  it("records when the contact first wrote, never an admin's message or a contact's later one", () => {
    const at = (author: Author, createdAt: number, partType: Part["part_type"] = "comment"): NewPart => ({ ...aNew(author, partType), createdAt });
    const outbound = play([at(admin, 100), at(bot, 110, "note")]);
    expect(outbound.contactRepliedAt).toBeNull();
    expect(listFields(outbound)?.contactRepliedAt).toBeNull();
    const replied = play([at(admin, 100), at(user, 150), at(admin, 160), at(user, 170)]);
    expect(replied.contactRepliedAt).toBe(150);
    expect(listFields(replied)?.contactRepliedAt).toBe(150);
  });

  it("shows a contact the last part they may see, and an admin the last of all", () => {
    const s = play([aNew(user, "comment", "hello"), aNew(admin, "note", "internal")]);
    expect(summary(s, "user").last_part_preview).toBe("hello");
    expect(summary(s, "admin").last_part_preview).toBe("internal");
  });
});

describe("unreadOnly", () => {
  it("keeps only the comments the other side has not read, however long the conversation", () => {
    const turns = Array.from({ length: 500 }, (_, i) => aNew(i % 2 === 0 ? user : admin));
    const s = play([...turns, aNew(user), aNew(user)]);
    expect(s.commentSeqs).toEqual({ user: [501, 502], admin: [] });
    const read = withRead(s, "admin", 501);
    expect(read?.commentSeqs.user).toEqual([502]);
  });
});

describe("withRead", () => {
  it("moves a read marker forward only, and never past the last part", () => {
    const s = play([aNew(admin), aNew(admin), aNew(admin)]);
    expect(unreadBy(s, "user")).toBe(3);
    const read = withRead(s, "user", 2);
    expect(read?.meta.readUser).toBe(2);
    expect(read && unreadBy(read, "user")).toBe(1);
    expect(read && withRead(read, "user", 1)).toBeNull();
    expect(read && withRead(read, "user", 2)).toBeNull();
    expect(withRead(s, "user", 99)?.meta.readUser).toBe(3);
  });
});

describe("unreadBy", () => {
  it("counts the other side's comments after the read marker, as a scan of the log would", () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant("part" as const), author: fc.constantFrom(user, admin, bot), type: fc.constantFrom<Part["part_type"]>("comment", "note", "close") }),
      fc.record({ kind: fc.constant("read" as const), side: fc.constantFrom("user" as const, "admin" as const), seq: fc.nat(40) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let s = emptyState(meta);
        const log: Part[] = [];
        for (const st of steps) {
          if (st.kind === "part") {
            const part = nextPart(s, aNew(st.author, st.type));
            log.push(part);
            s = withPart(s, part);
          } else s = withRead(s, st.side, st.seq) ?? s;
        }
        const scan = (side: "user" | "admin") =>
          log.filter((p) => p.seq > (side === "user" ? s.meta.readUser : s.meta.readAdmin) && p.part_type === "comment" && p.author.type === (side === "user" ? "admin" : "user")).length;
        expect(unreadBy(s, "user")).toBe(scan("user"));
        expect(unreadBy(s, "admin")).toBe(scan("admin"));
        expect(s.lastSeq).toBe(log.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe("replayMeta", () => {
  it("rebuilds the meta from a meta saved at any point and the parts stored after it", () => {
    const kinds = fc.constantFrom<[Author, Part["part_type"]]>([user, "comment"], [admin, "comment"], [admin, "close"], [admin, "note"], [user, "comment"], [bot, "open"]);
    fc.assert(
      fc.property(fc.array(kinds, { minLength: 1, maxLength: 30 }), fc.nat(), (steps, cut) => {
        let s = emptyState(meta);
        const log: Part[] = [];
        const savedAt = cut % (steps.length + 1);
        let saved = s.meta;
        steps.forEach(([author, type], i) => {
          if (i === savedAt) saved = s.meta;
          const part = nextPart(s, aNew(author, type));
          log.push(part);
          s = withPart(s, part);
        });
        if (savedAt === steps.length) saved = s.meta;
        expect(replayMeta(saved, log.slice(savedAt))).toEqual(s.meta);
      }),
      { numRuns: 300 },
    );
  });
});
