import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { api } from "../e2e/restApi.ts";

// A receiver written the way one is written for Intercom, on loopback, against `wrangler dev`:
// the event travels through the local Cloudflare Queue and arrives signed.

interface Delivery {
  headers: IncomingHttpHeaders;
  raw: Buffer;
}

const deliveries: Delivery[] = [];
let server: Server;
let port = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      deliveries.push({ headers: request.headers, raw: Buffer.concat(chunks) });
      response.writeHead(200, { "content-type": "text/plain" }).end("received");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address: AddressInfo | string | null = server.address();
  port = typeof address === "object" && address !== null ? address.port : 0;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function isIntercomSigned(secret: string, delivery: Delivery): boolean {
  return delivery.headers["x-hub-signature"] === `sha1=${createHmac("sha1", secret).update(delivery.raw).digest("hex")}`;
}

describe("webhooks under wrangler dev", () => {
  it("delivers conversation.user.created to a loopback receiver, signed as Intercom signs", async () => {
    const subscription = await api("/webhooks", { url: `http://127.0.0.1:${port}/parley`, topics: ["conversation.user.created"] });
    const secret = String(subscription.secret);
    try {
      const contact = await api("/contacts", { role: "user", external_id: `hook-${Date.now()}` });
      const message = await api("/conversations", { from: { type: "user", id: contact.id }, body: "Hello from the webhook test" });
      const conversationId = String(message.conversation_id);
      const mine = (d: Delivery) => {
        const event: unknown = JSON.parse(d.raw.toString("utf8"));
        return typeof event === "object" && event !== null && "data" in event && JSON.stringify(event.data).includes(`"id":"${conversationId}"`);
      };
      await vi.waitFor(() => expect(deliveries.some(mine)).toBe(true), { timeout: 30_000, interval: 200 });
      const delivery = deliveries.find(mine);
      if (!delivery) throw new Error("no delivery");
      expect(delivery.headers["content-type"]).toBe("application/json");
      expect(isIntercomSigned(secret, delivery)).toBe(true);
      expect(JSON.parse(delivery.raw.toString("utf8"))).toMatchObject({
        type: "notification_event",
        topic: "conversation.user.created",
        app_id: "demo",
        delivery_attempts: 1,
        data: { type: "notification_event_data", item: { type: "conversation", id: conversationId, state: "open" } },
      });
    } finally {
      await fetch(`${inject("baseUrl")}/api/webhooks/${String(subscription.id)}`, { method: "DELETE", headers: { authorization: `Bearer ${inject("demo").apiToken}` } });
    }
  });
});
