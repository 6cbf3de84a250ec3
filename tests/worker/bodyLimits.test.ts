import { describe, expect, it } from "vitest";
import { aWorkspace, call, errorCode } from "./fixtures.ts";

describe("request body limits", () => {
  it("answers 413 as an error.list for a body over 64 KB", async () => {
    const ws = await aWorkspace();
    const response = await call("/api/contacts", { method: "POST", token: ws.token, json: { name: "x", custom_attributes: { big: "y".repeat(70_000) } } });
    expect(response.status).toBe(413);
    expect(await errorCode(response)).toBe("request_too_large");
  });

  it("answers 413 for a streamed body without Content-Length", async () => {
    const ws = await aWorkspace();
    const chunk = new TextEncoder().encode("a".repeat(16 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 6; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await call("/api/contacts", { method: "POST", token: ws.token, body: stream, headers: { "content-type": "application/json" } });
    expect(response.status).toBe(413);
  });

  it("accepts a body just under the limit", async () => {
    const ws = await aWorkspace();
    const response = await call("/api/contacts", { method: "POST", token: ws.token, json: { role: "lead", custom_attributes: { a: "y".repeat(900) } } });
    expect(response.status).toBe(200);
  });
});
