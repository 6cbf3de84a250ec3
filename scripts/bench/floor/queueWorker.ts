// bench:deliveries' floor (scripts/bench/deliveries.mjs, queue.wrangler.toml): enqueue and consume, nothing else.
// One isolate serves both under wrangler dev, so a module-level counter is the measurement.
interface FloorEnv {
  FLOOR: Queue<{ i: number }>;
}

let consumed = 0;
let lastAt = 0;

export default {
  async fetch(request: Request, env: FloorEnv): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/start" && request.method === "POST") {
      const n = Number(url.searchParams.get("n") ?? "0");
      consumed = 0;
      lastAt = 0;
      for (let i = 0; i < n; i += 100) {
        await env.FLOOR.sendBatch(Array.from({ length: Math.min(100, n - i) }, (_, j) => ({ body: { i: i + j }, contentType: "json" as const })));
      }
      return Response.json({ enqueued: n, at: Date.now() });
    }
    return Response.json({ consumed, lastAt });
  },

  async queue(batch: MessageBatch<unknown>): Promise<void> {
    consumed += batch.messages.length;
    lastAt = Date.now();
    batch.ackAll();
  },
} satisfies ExportedHandler<FloorEnv>;
