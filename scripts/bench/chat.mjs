// `npm run bench:chat [-- --conversations 200 --seconds 10 --rate 1 --rounds 3 --profile FILE --heap FILE]`: visitor and admin
// sockets exchanging messages through the product on `wrangler dev`, against the physical floor
// (a bare store-then-relay Durable Object on the same runtime), interleaved, medians printed.
import { parseArgs } from "node:util";
import { cpus } from "node:os";
import { startDevServer } from "../devServer.mjs";
import { writeFileSync } from "node:fs";
import { runRound, percentile } from "./chatLoad.mjs";
import { heapInspector, startProfile, topAllocations, topSelfTime } from "./cpuProfile.mjs";

const { values } = parseArgs({ options: { conversations: { type: "string", default: "200" }, seconds: { type: "string", default: "10" }, rate: { type: "string", default: "1" }, rounds: { type: "string", default: "3" }, profile: { type: "string" }, heap: { type: "string" } } });
const N = Math.min(1000, Math.max(1, Number(values.conversations)));
const SECONDS = Math.min(60, Math.max(2, Number(values.seconds)));
const RATE = Math.min(5, Math.max(0.1, Number(values.rate)));
const ROUNDS = Math.min(5, Math.max(1, Number(values.rounds)));
const log = (s) => console.log(`[bench:chat] ${s}`);

async function productPairs(url) {
  const origin = { origin: url };
  const login = await fetch(`${url}/admin/api/login`, { method: "POST", headers: { "content-type": "application/json", ...origin }, body: JSON.stringify({ email: "owner@example.com", password: "bench-password-1" }) });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
  const pairs = [];
  for (let i = 0; i < N; i++) {
    const boot = await (await fetch(`${url}/messenger/demo/boot`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ settings: { app_id: "demo" } }) })).json();
    const conv = await (await fetch(`${url}/messenger/demo/conversations`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${boot.token}` }, body: JSON.stringify({ client_id: `start-${i}`, body: "bench" }) })).json();
    const ws = url.replace("http", "ws");
    pairs.push({
      a: { url: `${ws}/messenger/demo/conversations/${conv.conversation.id}/ws?after=1`, protocols: ["parley.v1", `parley-token.${boot.token}`] },
      b: { url: `${ws}/admin/api/conversations/${conv.conversation.id}/ws?after=1`, headers: { cookie, ...origin }, protocols: ["parley.v1"] },
    });
    if ((i + 1) % 50 === 0) log(`  prepared ${i + 1}/${N} conversations`);
  }
  return pairs;
}

const product = {
  encode: (id, sentAt) => JSON.stringify({ type: "send", client_id: id, body: String(sentAt) }),
  decode(data) {
    const frame = JSON.parse(data);
    return frame.type === "part" && frame.part.client_id ? { id: frame.part.client_id, sentAt: Number(frame.part.body) } : null;
  },
};
const floor = {
  encode: (id, sentAt) => JSON.stringify({ id, sentAt }),
  decode(data) {
    const msg = JSON.parse(data);
    return typeof msg.id === "string" ? msg : null;
  },
};

function writeProfile(profile) {
  writeFileSync(values.profile, JSON.stringify(profile));
  log(`CPU profile of the product's round 1 in ${values.profile} (open it in Chrome DevTools); self time:`);
  for (const row of topSelfTime(profile)) log(`  ${(row.share * 100).toFixed(1).padStart(5)}%  ${row.ms.toFixed(0).padStart(6)} ms  ${row.name}`);
}

function writeHeapProfile(profile) {
  writeFileSync(values.heap, JSON.stringify(profile));
  log(`allocation profile of the product's round 1 in ${values.heap}; bytes allocated per function:`);
  for (const row of topAllocations(profile)) log(`  ${(row.share * 100).toFixed(1).padStart(5)}%  ${(row.bytes / 1024).toFixed(0).padStart(7)} KB  ${row.name}`);
}

const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;

log(`machine: ${cpus().length} cores; ${N} conversations × ${RATE} msg/s each (visitor and admin taking turns), ${SECONDS} s per round, ${ROUNDS} rounds`);
// Every bench visitor boots from this one address: lift the new-visitor limit for the run.
const app = await startDevServer({ seed: { PARLEY_ADMIN_PASSWORD: "bench-password-1" }, vars: { NEW_VISITORS_PER_MINUTE: "1000000" } });
const relay = await startDevServer({ config: "scripts/bench/floor/wrangler.toml", seed: null, readyPath: "/room/ready", isUp: (r) => r.status === 426 || r.status === 101 || r.status < 600 });
try {
  const appPairs = await productPairs(app.url);
  const ws = relay.url.replace("http", "ws");
  const floorPairs = Array.from({ length: N }, (_, i) => ({ a: { url: `${ws}/room/${i}` }, b: { url: `${ws}/room/${i}` } }));
  const results = { product: [], floor: [] };
  for (let r = 1; r <= ROUNDS; r++) {
    for (const [name, pairs, codec] of [["product", appPairs, product], ["floor", floorPairs, floor]]) {
      // The product's first round runs under the inspector's CPU profiler when asked (it slows it down).
      const stopProfile = values.profile && r === 1 && name === "product" ? await startProfile(app.inspectorPort) : null;
      const heap = values.heap && name === "product" ? await heapInspector(app.inspectorPort) : null;
      if (heap && r === 1) await heap.startSampling();
      const heapBefore = heap ? await heap.usage() : null;
      const result = await runRound({ pairs, seconds: SECONDS, rate: RATE, ...codec });
      if (stopProfile) writeProfile(await stopProfile());
      if (heap && heapBefore) {
        if (r === 1) writeHeapProfile(await heap.stopSampling());
        const after = await heap.usage();
        const live = await heap.usage({ collect: true });
        heap.close();
        log(`round ${r} product heap: ${mb(heapBefore.used)} before, ${mb(after.used)} after (of ${mb(after.total)}), ${mb(live.used)} live after a full GC`);
      }
      results[name].push(result);
      log(`round ${r} ${name.padEnd(7)} p50 ${result.p50.toFixed(1)} ms  p99 ${result.p99.toFixed(1)} ms  ${result.throughput.toFixed(0)} msg/s  lost ${result.lost}  duplicated ${result.duplicated}`);
    }
  }
  const median = (list, key) => percentile(list.map((x) => x[key]).sort((a, b) => a - b), 50);
  console.log("\nmedian of rounds      p50 ms    p99 ms   msg/s   lost  dup");
  for (const name of ["product", "floor"]) {
    const l = results[name];
    console.log(`  ${name.padEnd(18)} ${median(l, "p50").toFixed(1).padStart(7)} ${median(l, "p99").toFixed(1).padStart(9)} ${median(l, "throughput").toFixed(0).padStart(7)} ${String(l.reduce((s, x) => s + x.lost, 0)).padStart(6)} ${String(l.reduce((s, x) => s + x.duplicated, 0)).padStart(4)}`);
  }
  const ratio = (key) => (median(results.product, key) / median(results.floor, key)).toFixed(2);
  console.log(`  product / floor     p50 ×${ratio("p50")}   p99 ×${ratio("p99")}   throughput ×${ratio("throughput")}`);
} finally {
  await app.stop();
  await relay.stop();
}
