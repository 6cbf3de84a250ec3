// Resident memory of workerd under a dev server, read from /proc (Linux only). `wrangler dev` runs
// two workerd processes: the runtime that serves Parley (its Worker, Durable Objects, D1; started
// with an inspector address) and wrangler's proxy in front of it, which relays every request and
// socket and does not exist in production. They are reported apart.
import { readdirSync, readFileSync } from "node:fs";

function readProc(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = stat.lastIndexOf(")");
    const comm = stat.slice(stat.indexOf("(") + 1, close);
    const ppid = Number(stat.slice(close + 2).split(" ")[1]);
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
    const runtime = comm.startsWith("workerd") && readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--inspector-addr");
    return { pid, comm, ppid, runtime, rss: kb("VmRSS"), anon: kb("RssAnon"), file: kb("RssFile") + kb("RssShmem") };
  } catch {
    return null;
  }
}

/** Open file descriptors of the runtime serving Parley and of wrangler's proxy, with their limit. */
export function workerdFiles(rootPid) {
  const count = (pids) => pids.reduce((total, pid) => total + readdirSync(`/proc/${pid}/fd`).length, 0);
  const { parley, proxy } = workerdProcesses(rootPid);
  const limit = parley[0] ? Number(/Max open files\s+(\d+)/.exec(readFileSync(`/proc/${parley[0].pid}/limits`, "utf8"))?.[1]) : 0;
  return { parley: count(parley.map((p) => p.pid)), proxy: count(proxy.map((p) => p.pid)), limit };
}

/** The workerd processes under `rootPid`: all of them, the runtime serving Parley, wrangler's proxy. */
export function workerdProcesses(rootPid) {
  const procs = readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map((d) => readProc(Number(d))).filter(Boolean);
  const children = new Map();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const found = [];
  const queue = [...(children.get(rootPid) ?? [])];
  while (queue.length) {
    const p = queue.shift();
    if (p.comm.startsWith("workerd")) found.push(p);
    queue.push(...(children.get(p.pid) ?? []));
  }
  // Without a process marked as the runtime (another wrangler), all of workerd counts as Parley's.
  const parley = found.some((p) => p.runtime) ? found.filter((p) => p.runtime) : found;
  return { found, parley, proxy: found.filter((p) => !parley.includes(p)) };
}

/**
 * RSS of the workerd processes under `rootPid`, split into anonymous memory (heaps, caches) and
 * mapped files (binaries: the kernel may drop those pages), and into the runtime serving Parley
 * (`parleyRss`) and wrangler's proxy (`proxyRss`).
 */
export function workerdMemory(rootPid) {
  const { found, parley, proxy } = workerdProcesses(rootPid);
  const sum = (list, key) => list.reduce((total, p) => total + p[key], 0);
  return { rss: sum(found, "rss"), anon: sum(found, "anon"), file: sum(found, "file"), parleyRss: sum(parley, "rss"), parleyAnon: sum(parley, "anon"), proxyRss: sum(proxy, "rss") };
}
