import { describe, expect, it } from "vitest";
import type { Upload } from "../attachments.ts";
import { sendFrame } from "./client.ts";
import { initialConversation, reduce } from "./reducer.ts";

const upload: Upload = { type: "upload", name: "a.png", url: "/attachments/x", content_type: "image/png", filesize: 3, token: "receipt" };

describe("sendFrame", () => {
  it("sends a pending message's files as their receipts, and no attachments field without files", () => {
    expect(sendFrame({ clientId: "m1", body: "", kind: "comment", attachments: [upload] })).toEqual({ type: "send", client_id: "m1", body: "", attachments: ["receipt"] });
    expect(sendFrame({ clientId: "m2", body: "hi", kind: "note" })).toEqual({ type: "send", client_id: "m2", body: "hi", kind: "note" });
  });
});

describe("reduce queued and retried with files", () => {
  it("keeps a message's files while pending and through a retry", () => {
    const queued = reduce(initialConversation("user"), { type: "queued", client_id: "m1", body: "", kind: "comment", attachments: [upload] });
    const failed = reduce(queued, { type: "error", code: "forbidden", message: "no", client_id: "m1" });
    const retried = reduce(failed, { type: "retried", client_id: "m1" });
    expect(retried.pending).toEqual([{ clientId: "m1", body: "", kind: "comment", attachments: [upload] }]);
  });
});
