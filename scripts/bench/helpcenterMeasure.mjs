// Wall time and peak memory of a build: the summed resident memory of the whole process tree
// (Node, esbuild, Pagefind…), sampled every 100 ms from /proc, since each tool is its own process.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const PAGE = 4096;

function processTable() {
  const table = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const rss = Number(readFileSync(`/proc/${name}/statm`, "utf8").split(" ")[1]) * PAGE;
      table.set(Number(name), { ppid, rss });
    } catch {
      // the process ended between listing and reading
    }
  }
  return table;
}

export function treeRss(rootPid) {
  const table = processTable();
  const children = new Map();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    total += table.get(pid)?.rss ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command to completion; `onTick(elapsedMs, rssBytes)` is called every sample. */
export function measure(command, args, { cwd, env, onTick = () => {}, timeoutMs = 30 * 60_000 } = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let peak = 0;
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setInterval(() => {
      const rss = treeRss(child.pid);
      peak = Math.max(peak, rss);
      onTick(performance.now() - started, rss);
      if (performance.now() - started > timeoutMs) child.kill("SIGKILL");
    }, 100);
    child.on("exit", (code, signal) => {
      clearInterval(timer);
      resolve({ ok: code === 0, code, signal, wallMs: performance.now() - started, peakBytes: peak, output });
    });
  });
}
