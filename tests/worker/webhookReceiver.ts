import { vi } from "vitest";
import { z } from "zod";
import { call, type TestWorkspace } from "./fixtures.ts";

// A webhook receiver inside the test isolate: the Worker's outbound fetch to this URL is answered
// here (the queue consumer runs in the same isolate), every other fetch goes out as it would.

export const notification = z.object({
  type: z.literal("notification_event"),
  id: z.string(),
  topic: z.string(),
  app_id: z.string(),
  created_at: z.number(),
  delivery_attempts: z.number(),
  first_sent_at: z.number().nullable(),
  data: z.object({ type: z.literal("notification_event_data"), item: z.record(z.string(), z.unknown()) }),
});
export type Notification = z.infer<typeof notification>;

export interface Received {
  body: string;
  signature: string | null;
  contentType: string | null;
  event: Notification;
}

export function aReceiver(answer: (count: number) => Response = () => new Response("thanks")) {
  const url = `http://127.0.0.1:9/hook-${crypto.randomUUID()}`;
  const received: Received[] = [];
  const passThrough = globalThis.fetch;
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    if (request.url !== url) return passThrough(input, init);
    const body = await request.text();
    received.push({ body, signature: request.headers.get("x-hub-signature"), contentType: request.headers.get("content-type"), event: notification.parse(JSON.parse(body)) });
    return answer(received.length);
  });
  return { url, received };
}

/**
 * What a receiver written for Intercom checks: "sha1=" and 40 hex digits that verify as HMAC-SHA1
 * of the exact body under the secret. Verified here with WebCrypto's verify, not Parley's signing
 * code; worker/webhooks/signature.test.ts compares that code with Node's createHmac too.
 */
export async function signedBy(secret: string, body: string, header: string | null): Promise<boolean> {
  const hex = /^sha1=([0-9a-f]{40})$/.exec(header ?? "")?.[1];
  if (!hex) return false;
  const mac = Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-1" }, false, ["verify"]);
  return crypto.subtle.verify("HMAC", key, mac, new TextEncoder().encode(body));
}

const created = z.object({ type: z.literal("webhook_subscription"), id: z.string(), url: z.string(), topics: z.array(z.string()), secret: z.string() });

export async function subscribe(ws: TestWorkspace, url: string, topics: string[]): Promise<z.infer<typeof created>> {
  const response = await call("/api/webhooks", { method: "POST", token: ws.token, json: { url, topics } });
  return created.parse(await response.json());
}
