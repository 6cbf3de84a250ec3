import { describe, expect, it } from "vitest";
import { advanceQueue, queueActions } from "./replyActionQueue.ts";

const close = [{ type: "close" as const }];

describe("advanceQueue", () => {
  it("runs the actions once the new message has come and gone from the pending list", () => {
    const queued = queueActions(close, []);
    const sending = advanceQueue(queued, ["m1"]);
    expect(sending.due).toBe(false);
    expect(sending.queue?.seen).toBe(true);
    expect(advanceQueue(sending.queue ?? queued, [])).toEqual({ queue: null, due: true });
  });

  it("waits while nothing new has appeared yet", () => {
    const queued = queueActions(close, ["old"]);
    expect(advanceQueue(queued, ["old"])).toEqual({ queue: queued, due: false });
  });

  it("ignores a message that was already pending (failed) before the send", () => {
    const sending = advanceQueue(queueActions(close, ["failed"]), ["failed", "m2"]);
    expect(advanceQueue(sending.queue ?? queueActions(close, []), ["failed"]).due).toBe(true);
  });

  it("keeps waiting while the new message fails and is retried", () => {
    const sending = advanceQueue(queueActions(close, []), ["m1"]);
    const failed = advanceQueue(sending.queue ?? queueActions(close, []), ["m1"]);
    expect(failed.due).toBe(false);
  });
});
