// The address of the workerd runtime behind `wrangler dev`, for clients that should skip wrangler's
// proxy (which holds four descriptors per WebSocket and does not exist in production). Linux only:
// the runtime's listening sockets are read from /proc and the one that serves Parley is kept.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { workerdProcesses } from "../soak/memory.mjs";

function listeningPorts(pid) {
  const inodes = new Set();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
      if (link.startsWith("socket:[")) inodes.add(link.slice(8, -1));
    } catch {
      // closed while listing
    }
  }
  return readFileSync("/proc/net/tcp", "utf8").split("\n").slice(1).map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[3] === "0A" && inodes.has(cols[9]))
    .map((cols) => parseInt(cols[1].split(":")[1], 16));
}

/** `http://127.0.0.1:PORT` of the runtime serving Parley under the wrangler started as `rootPid`. */
export async function runtimeUrl(rootPid) {
  const runtime = workerdProcesses(rootPid).found.find((p) => p.runtime)?.pid;
  if (!runtime) throw new Error("no workerd runtime under the dev server");
  for (const port of listeningPorts(runtime)) {
    const url = `http://127.0.0.1:${port}`;
    const answer = await fetch(`${url}/messenger/demo/boot`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ settings: { app_id: "demo" } }), signal: AbortSignal.timeout(10_000) }).catch(() => null);
    if (answer?.ok) return url;
  }
  throw new Error("none of the runtime's ports serves Parley");
}

