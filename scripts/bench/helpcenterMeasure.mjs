// Wall time and peak memory of a build: the summed resident memory of the whole process tree
// (Node, esbuild, Pagefind…), sampled every 100 ms from /proc, since each tool is its own process.
// The tree is walked down from the build's pid: scanning all of /proc on a busy machine cost the
// sampler a fifth of a core.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const PAGE = 4096;

const read = (path) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return ""; // the process ended between listing and reading
  }
};

/** Children from /proc/<pid>/task/<tid>/children: the tree only, not every process on a busy machine. */
function childrenOf(pid) {
  let tasks = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tasks.flatMap((tid) => read(`/proc/${pid}/task/${tid}/children`).split(" ").filter(Boolean).map(Number));
}

export function treeRss(rootPid) {
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    total += (Number(read(`/proc/${pid}/statm`).split(" ")[1]) || 0) * PAGE;
    stack.push(...childrenOf(pid));
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
