// soak-report.html (or chaos-report.html): one self-contained page with the verdict, charts of
// memory, latency and throughput over time, the checks, and every sample in a table.
import { lineChart } from "./chart.mjs";

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const f = (v, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : "–");

export function reportHtml({ title, summary, samples, events = [] }) {
  const pts = (key) => samples.map((s) => [s.t, s[key]]);
  const charts = [
    lineChart({
      id: "mem",
      title: "Resident memory of the workerd serving Parley and of wrangler's proxy, the Worker's live heap, the databases",
      xLabel: "seconds since start",
      yLabel: "MB",
      series: [
        { name: "Parley's workerd", color: "#1f5fbf", points: pts("parleyRssMb") },
        { name: "wrangler proxy", color: "#0b7285", points: pts("proxyRssMb"), dash: true },
        { name: "live JS heap", color: "#b3261e", points: pts("liveHeapMb") },
        { name: "databases", color: "#6a3fb5", points: pts("dbMb"), dash: true },
      ],
    }),
    lineChart({ id: "lat", title: "Delivery latency, per 10 s window", xLabel: "seconds since start", yLabel: "latency (ms)", series: [{ name: "p50", color: "#1b7f3b", points: pts("p50") }, { name: "p99", color: "#b3261e", points: pts("p99"), dash: true }] }),
    lineChart({ id: "tput", title: "Messages delivered per second", xLabel: "seconds since start", yLabel: "messages / s", series: [{ name: "delivered / s", color: "#6a3fb5", points: pts("throughput") }] }),
  ];
  const rows = samples
    .map((s) => `<tr><td>${s.t}</td><td>${f(s.parleyRssMb)}</td><td>${f(s.parleyAnonMb)}</td><td>${f(s.proxyRssMb)}</td><td>${f(s.liveHeapMb)}</td><td>${f(s.dbMb)}</td><td>${f(s.p50)}</td><td>${f(s.p99)}</td><td>${f(s.ackP99)}</td><td>${f(s.throughput)}</td><td>${s.counters["http:5xx"] ?? 0}</td><td>${s.counters.reconnects ?? 0}</td></tr>`)
    .join("\n");
  const checks = Object.entries(summary.checks)
    .map(([name, c]) => `<tr><th scope="row">${esc(name)}</th><td>${esc(c.value)}</td><td>${esc(c.limit)}</td><td>${c.pass ? "pass" : "<strong>FAIL</strong>"}</td></tr>`)
    .join("\n");
  const eventList = events.length ? `<h2>Chaos events</h2><ol>${events.map((e) => `<li>${e.t} s: ${esc(e.what)}</li>`).join("")}</ol>` : "";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #bbb;padding:.2rem .5rem;text-align:right}th[scope=row]{text-align:left}caption{text-align:left;font-weight:600}figure{margin:1.5rem 0}</style></head>
<body><main><h1>${esc(title)}</h1>
<p><strong>${summary.pass ? "PASS" : "FAIL"}</strong> — ${esc(summary.description)}</p>
<table><caption>Checks</caption><thead><tr><th scope="col">check</th><th scope="col">value</th><th scope="col">limit</th><th scope="col">result</th></tr></thead><tbody>${checks}</tbody></table>
${charts.map((c) => `<figure>${c}</figure>`).join("\n")}
${eventList}
<h2>Counters</h2><pre>${esc(JSON.stringify(summary.counters, null, 1))}</pre>
<table><caption>Samples (every 10 s)</caption><thead><tr><th scope="col">t (s)</th><th scope="col">Parley's workerd RSS (MB)</th><th scope="col">its anonymous (MB)</th><th scope="col">wrangler proxy RSS (MB)</th><th scope="col">live JS heap (MB)</th><th scope="col">databases (MB)</th><th scope="col">p50 (ms)</th><th scope="col">p99 (ms)</th><th scope="col">ack p99 (ms)</th><th scope="col">delivered / s</th><th scope="col">5xx so far</th><th scope="col">reconnects so far</th></tr></thead><tbody>
${rows}
</tbody></table></main></body></html>
`;
}
