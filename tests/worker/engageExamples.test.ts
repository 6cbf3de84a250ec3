import { describe, expect, it } from "vitest";
import { EXAMPLE_AUTO_MESSAGES } from "../../shared/engage/examples.ts";
import type { NewContact } from "../../worker/db/schema.ts";
import { aWorkspace } from "./fixtures.ts";
import { aContact, anAutoMessage, DAY, deliveries, runAt, T } from "./engageFixtures.ts";

type Case = { title: string; inside: Partial<NewContact>; misses: Record<string, Partial<NewContact>> };

// Each example's contact just inside every bound, and near misses one second (or one session) out.
const CASES: Case[] = [
  {
    title: "Welcome email",
    inside: { signedUpAt: T - DAY + 1 },
    misses: { "signed up exactly 1 day ago": { signedUpAt: T - DAY }, "a lead": { role: "lead" } },
  },
  {
    title: "Follow-up",
    inside: { signedUpAt: T - 3 * DAY - 1, webSessions: 5 },
    misses: { "signed up exactly 3 days ago": { signedUpAt: T - 3 * DAY }, "4 web sessions": { webSessions: 4 } },
  },
  {
    title: "Feature announcement",
    inside: { signedUpAt: T - 30 * DAY - 1, lastSeenAt: T - 30 * DAY - 1 },
    misses: { "signed up exactly 30 days ago": { signedUpAt: T - 30 * DAY }, "seen exactly 30 days ago": { lastSeenAt: T - 30 * DAY } },
  },
  {
    title: "Retention email",
    inside: { lastSeenAt: T - 30 * DAY - 1 },
    misses: { "seen exactly 30 days ago": { lastSeenAt: T - 30 * DAY }, "never seen": { lastSeenAt: null } },
  },
  {
    title: "Check-up",
    inside: { signedUpAt: T - 60 * DAY + 1, webSessions: 20, lastSeenAt: T - 3 * DAY + 1 },
    misses: {
      "signed up exactly 60 days ago": { signedUpAt: T - 60 * DAY },
      "19 web sessions": { webSessions: 19 },
      "seen exactly 3 days ago": { lastSeenAt: T - 3 * DAY },
    },
  },
];

describe("the product brief's auto messages in a scheduled run", () => {
  for (const example of EXAMPLE_AUTO_MESSAGES) {
    const testCase = CASES.find((c) => c.title === example.title);
    if (!testCase) throw new Error(`no boundary case for ${example.title}`);
    it(`delivers "${example.title}" to the contact just inside its bounds and to none of the near misses`, async () => {
      const ws = await aWorkspace();
      const id = await anAutoMessage(ws, { rules: example.rules, channel: example.channel, subject: example.subject, body: example.body });
      const inside = await aContact(ws, testCase.inside);
      const misses = await Promise.all(Object.values(testCase.misses).map((miss) => aContact(ws, { ...testCase.inside, ...miss })));
      await runAt(T);
      const sent = await deliveries(ws, `auto_message_id=${id}`);
      expect(sent.map((d) => d.contact_id)).toEqual([inside.id]);
      expect(sent[0]).toMatchObject({ channel: example.channel, sent_at: T });
      expect(misses).toHaveLength(Object.keys(testCase.misses).length);
    });
  }
});
