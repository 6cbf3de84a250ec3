import { openDb, unixNow } from "./db/client.ts";
import { devD1 } from "./db/devFaults.ts";
import type { Env } from "./env.ts";
import type { Ctx } from "./http/context.ts";
import { router } from "./routes.ts";
import { runScheduled } from "./engage/scheduled.ts";
import { MAX_INBOUND_BYTES, receiveReply } from "./conversation/emailReply.ts";
import { consumeQueue } from "./queues.ts";

function requestId(): string {
  return [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const c: Ctx = { env, db: openDb(devD1(env)), requestId: requestId(), now: unixNow(), defer: (p) => ctx.waitUntil(p) };
    const response = await router.fetch(request, c);
    if (response instanceof Response) return response;
    // Paths not routed to the Worker first (static assets) still reach here when no file matches.
    return env.ASSETS.fetch(request);
  },

  async scheduled(controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
    // Every rule in a run is evaluated at the controller's scheduledTime, never the wall clock.
    await runScheduled(env, Math.floor(controller.scheduledTime / 1000), (p) => ctx.waitUntil(p), requestId());
  },

  /** Every queue's batches (worker/queues.ts dispatches on batch.queue). */
  async queue(batch: MessageBatch<unknown>, env: Env, ctx: ExecutionContext): Promise<void> {
    await consumeQueue(batch, env, ctx);
  },

  /** Replies to a conversation's emails (Email Routing; `POST /cdn-cgi/handler/email` under wrangler dev). */
  async email(message: ForwardableEmailMessage, env: Env): Promise<void> {
    if (message.rawSize > MAX_INBOUND_BYTES) return;
    const raw = await new Response(message.raw).text();
    const outcome = await receiveReply(env, { from: message.from, to: message.to, raw }, unixNow());
    if (outcome !== "added") console.log(JSON.stringify({ level: "info", what: "inbound email ignored", outcome }));
  },
} satisfies ExportedHandler<Env>;

export { ConversationRoom } from "./conversation/ConversationRoom.ts";
export { VisitorChannel } from "./conversation/VisitorChannel.ts";
export { InboxHub } from "./inbox/InboxHub.ts";
