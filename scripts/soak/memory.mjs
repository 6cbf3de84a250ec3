// Resident memory of workerd under a dev server: the RSS of every `workerd` process descending from
// the `wrangler dev` process group leader, read from /proc (Linux only).
import { readdirSync, readFileSync } from "node:fs";

function readProc(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = stat.lastIndexOf(")");
    const comm = stat.slice(stat.indexOf("(") + 1, close);
    const ppid = Number(stat.slice(close + 2).split(" ")[1]);
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return { pid, comm, ppid, rss: rss ? Number(rss[1]) * 1024 : 0 };
  } catch {
    return null;
  }
}

/** Bytes of RSS of the workerd processes under `rootPid` (0 when none is running). */
export function workerdRss(rootPid) {
  const procs = readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map((d) => readProc(Number(d))).filter(Boolean);
  const children = new Map();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  let total = 0;
  const queue = [...(children.get(rootPid) ?? [])];
  while (queue.length) {
    const p = queue.shift();
    if (p.comm.startsWith("workerd")) total += p.rss;
    queue.push(...(children.get(p.pid) ?? []));
  }
  return total;
}
