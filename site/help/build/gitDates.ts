// "Last updated" comes from git: the newest commit touching the file. Files that are new or
// edited since (and checkouts without git, like the benchmark's) fall back to the file's mtime.
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";

export interface FileDates {
  createdAt: number;
  updatedAt: number;
}

export function fileDates(root: string, dir: string, files: readonly string[]): Map<string, FileDates> {
  const history = gitHistory(root, dir);
  const dirty = gitDirty(root, dir);
  const dates = new Map<string, FileDates>();
  for (const file of files) {
    const known = history.get(file);
    if (known && !dirty.has(file)) {
      dates.set(file, known);
      continue;
    }
    const mtime = Math.floor(statSync(join(root, file)).mtimeMs / 1000);
    dates.set(file, { createdAt: known?.createdAt ?? mtime, updatedAt: mtime });
  }
  return dates;
}

function git(root: string, args: string[]): string | null {
  const result = spawnSync("git", ["-C", root, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : null;
}

/** Parses `git log --format=%x00%ct --name-only`: newest commit first, so the first sighting is the update. */
export function parseGitLog(output: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  for (const chunk of output.split("\0")) {
    const [stamp, ...names] = chunk.split("\n").filter((line) => line.trim() !== "");
    const at = Number(stamp);
    if (!Number.isFinite(at)) continue;
    for (const name of names) {
      const seen = dates.get(name);
      dates.set(name, { createdAt: at, updatedAt: seen?.updatedAt ?? at });
    }
  }
  return dates;
}

function gitHistory(root: string, dir: string): Map<string, FileDates> {
  const output = git(root, ["log", "--format=%x00%ct", "--name-only", "--relative", "--", dir]);
  return output === null ? new Map() : parseGitLog(output);
}

function gitDirty(root: string, dir: string): Set<string> {
  const output = git(root, ["status", "--porcelain", "--untracked-files=all", "--", dir]) ?? "";
  const top = git(root, ["rev-parse", "--show-prefix"])?.trim() ?? "";
  return new Set(
    output
      .split("\n")
      .filter((line) => line.length > 3)
      .map((line) => line.slice(3).replace(/^"|"$/g, ""))
      .map((name) => (top && name.startsWith(top) ? name.slice(top.length) : name)),
  );
}
