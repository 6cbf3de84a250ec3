// Resident memory of workerd under a dev server: the RSS of every `workerd` process descending from
// the `wrangler dev` process group leader, read from /proc (Linux only).
import { readdirSync, readFileSync } from "node:fs";

function readProc(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = stat.lastIndexOf(")");
    const comm = stat.slice(stat.indexOf("(") + 1, close);
    const ppid = Number(stat.slice(close + 2).split(" ")[1]);
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
    return { pid, comm, ppid, rss: kb("VmRSS"), anon: kb("RssAnon"), file: kb("RssFile") + kb("RssShmem") };
  } catch {
    return null;
  }
}

/** Bytes of RSS of the workerd processes under `rootPid` (0 when none is running). */
export function workerdRss(rootPid) {
  return workerdMemory(rootPid).rss;
}

/**
 * RSS of the workerd processes under `rootPid`, split into anonymous memory (heaps, caches) and
 * mapped files (binaries, memory-mapped databases: the kernel may drop those pages).
 */
export function workerdMemory(rootPid) {
  const procs = readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map((d) => readProc(Number(d))).filter(Boolean);
  const children = new Map();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const total = { rss: 0, anon: 0, file: 0 };
  const queue = [...(children.get(rootPid) ?? [])];
  while (queue.length) {
    const p = queue.shift();
    if (p.comm.startsWith("workerd")) for (const key of ["rss", "anon", "file"]) total[key] += p[key];
    queue.push(...(children.get(p.pid) ?? []));
  }
  return total;
}
