// The direction of imports, as data and pure checks over an import graph (scripts/importGraph.ts).
// A file may import from its own layer unit or from a unit of a lower rank; units of one rank are
// peers and never import each other; nothing forms a circle; site/ and worker/ meet only in shared/:
// site/ imports only site/ and shared/, so the help center's build code lives in site/help/build/.
import type { ImportGraph } from "./importGraph.ts";

export interface Layer {
  rank: number;
  /** Folders end in "/", anything else is one file. A unit's files may import each other. */
  paths: readonly string[];
}

export const LAYERS: readonly Layer[] = [
  { rank: 0, paths: ["shared/"] },
  { rank: 1, paths: ["worker/identity/"] },
  { rank: 2, paths: ["worker/db/"] },
  // env.ts types its bindings with the RPC interfaces of worker/durable/: one unit.
  { rank: 3, paths: ["worker/durable/", "worker/env.ts"] },
  { rank: 4, paths: ["worker/http/"] },
  // The Mailer: rooms and the hub email (conversation continuation, assignment notices) too.
  { rank: 4, paths: ["worker/engage/mailer.ts"] },
  // Webhooks: rooms (rank 5) and contact creation emit events; the consumer is wired in worker/queues.ts.
  { rank: 4, paths: ["worker/webhooks/"] },
  { rank: 5, paths: ["worker/conversation/"] },
  { rank: 5, paths: ["worker/inbox/"] },
  { rank: 6, paths: ["worker/engage/"] },
  { rank: 7, paths: ["worker/api/"] },
  { rank: 7, paths: ["worker/admin/"] },
  { rank: 7, paths: ["worker/visitor/"] },
  { rank: 7, paths: ["worker/help/"] },
  { rank: 8, paths: ["worker/routes.ts", "worker/index.ts", "worker/queues.ts"] },
];

export interface Edge {
  from: string;
  to: string;
}

const inside = (file: string, path: string): boolean => (path.endsWith("/") ? file.startsWith(path) : file === path);

/** The layer unit a file belongs to, the most specific path winning; null outside every layer. */
export function layerOf(file: string, layers: readonly Layer[] = LAYERS): Layer | null {
  let best: Layer | null = null;
  let bestLength = -1;
  for (const layer of layers) {
    for (const path of layer.paths) {
      if (inside(file, path) && path.length > bestLength) [best, bestLength] = [layer, path.length];
    }
  }
  return best;
}

const unitName = (layer: Layer): string => layer.paths.join(" + ");
const area = (file: string): string => file.split("/")[0]!;

export interface Violation extends Edge {
  reason: string;
}

/** Every import from worker/ or shared/ that goes up, sideways, or out of its side of the house. */
export function layerViolations(graph: ImportGraph, layers: readonly Layer[] = LAYERS): Violation[] {
  const violations: Violation[] = [];
  for (const [from, targets] of graph) {
    if (area(from) === "site") {
      for (const to of targets) if (area(to) !== "site" && area(to) !== "shared") violations.push({ from, to, reason: "site/ imports only from site/ and shared/" });
      continue;
    }
    if (area(from) !== "worker" && area(from) !== "shared") continue;
    const source = layerOf(from, layers);
    for (const to of targets) {
      const target = layerOf(to, layers);
      const add = (reason: string) => violations.push({ from, to, reason });
      if (!source) add(`${from} is in no layer: give its folder a rank in scripts/importRules.ts`);
      else if (!target) add(area(to) === "site" ? `${area(from)}/ never imports site/` : `${area(from)}/ imports only from worker/ and shared/`);
      else if (target === source) continue;
      else if (target.rank > source.rank) add(`upward: rank ${source.rank} (${unitName(source)}) imports rank ${target.rank} (${unitName(target)})`);
      else if (target.rank === source.rank) add(`sideways: ${unitName(source)} and ${unitName(target)} are peers at rank ${source.rank}`);
    }
  }
  return violations;
}

/** Groups of files that import each other in a circle (strongly connected components), sorted. */
export function importCircles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const members: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      members.push(member);
    } while (member !== node);
    if (members.length > 1 || (graph.get(node) ?? []).includes(node)) circles.push(members.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return circles.sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}

/** The shortest path from one file to another through the graph, or null. */
export function shortestPath(graph: ImportGraph, from: string, to: string): string[] | null {
  const previous = new Map<string, string>();
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    for (const next of graph.get(node) ?? []) {
      if (previous.has(next)) continue;
      previous.set(next, node);
      if (next === to) {
        const path = [to];
        while (path[0] !== from || path.length === 1) path.unshift(previous.get(path[0]!)!);
        return path;
      }
      queue.push(next);
    }
  }
  return null;
}

/** One shortest cycle through each member of a circle, without repeats: enough to see every link to cut. */
export function cyclesOf(graph: ImportGraph, circle: readonly string[]): string[][] {
  const members = new Set(circle);
  const within: ImportGraph = new Map(circle.map((file) => [file, (graph.get(file) ?? []).filter((to) => members.has(to))]));
  const seen = new Set<string>();
  const cycles: string[][] = [];
  for (const file of circle) {
    const cycle = shortestPath(within, file, file);
    if (!cycle) continue;
    const key = [...cycle.slice(1)].sort().join("\n");
    if (seen.has(key)) continue;
    seen.add(key);
    cycles.push(cycle);
  }
  return cycles;
}

/** Each place where a site/ file reaches worker/, directly or through any other folder. */
export function siteReachesWorker(graph: ImportGraph): string[][] {
  const crossings = new Map<string, string[]>();
  for (const start of [...graph.keys()].filter((file) => area(file) === "site")) {
    const reached = new Set([start]);
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i]!;
      for (const next of graph.get(node) ?? []) {
        if (area(next) === "worker") {
          const key = `${node} → ${next}`;
          if (!crossings.has(key)) crossings.set(key, [...(shortestPath(graph, start, node) ?? [start]), next]);
        } else if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
  }
  return [...crossings.values()];
}

/** Every rule broken in the graph, as lines a person can act on; empty when all is well. */
export function importReport(graph: ImportGraph): string[] {
  const lines: string[] = [];
  for (const circle of importCircles(graph)) {
    lines.push(`import circle of ${circle.length} files; cut one link in each cycle:`);
    for (const cycle of cyclesOf(graph, circle)) lines.push(`  ${cycle.join(" → ")}`);
  }
  for (const v of layerViolations(graph)) lines.push(`${v.from} → ${v.to}: ${v.reason}`);
  for (const path of siteReachesWorker(graph)) lines.push(`site/ reaches worker/: ${path.join(" → ")}`);
  return lines;
}
