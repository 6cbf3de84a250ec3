// A fault hook for `npm run chaos`: delays or fails D1 writes so that the chaos driver can test
// what survives them. It exists only when the dev server was started with PARLEY_CHAOS=1 on
// top of PARLEY_LOCAL_DEV=1 and PARLEY_ENV=development (scripts/chaos.mjs passes all three with
// --var); in any other build `devD1` hands back the binding untouched, so production pays one
// comparison per request and no wrapper can be switched on.

export interface DevFaults {
  /** Every write waits this long before it runs. */
  delayMs: number;
  /** Share of writes (0–1) that fail before running, as a lost D1 connection would. */
  failRate: number;
}

interface FaultEnv {
  DB: D1Database;
  PARLEY_ENV?: string;
  PARLEY_LOCAL_DEV?: string;
  PARLEY_CHAOS?: string;
}

// One isolate serves every request of `wrangler dev`, so module state is the switch.
let faults: DevFaults = { delayMs: 0, failRate: 0 };

export function devFaultsEnabled(env: Omit<FaultEnv, "DB">): boolean {
  return env.PARLEY_CHAOS === "1" && env.PARLEY_LOCAL_DEV === "1" && env.PARLEY_ENV === "development";
}

export function setDevFaults(next: DevFaults): DevFaults {
  faults = { delayMs: Math.min(5000, Math.max(0, next.delayMs)), failRate: Math.min(1, Math.max(0, next.failRate)) };
  return faults;
}

const isWrite = (query: string): boolean => /^\s*(insert|update|delete|replace)\b/i.test(query);

async function strike(): Promise<void> {
  if (faults.delayMs > 0) await new Promise((r) => setTimeout(r, faults.delayMs));
  if (Math.random() < faults.failRate) throw new Error("D1_ERROR: injected fault (npm run chaos)");
}

function faultyStatement(stmt: D1PreparedStatement, write: boolean): D1PreparedStatement {
  return new Proxy(stmt, {
    get(target, key) {
      if (key === "bind") return (...values: unknown[]) => faultyStatement(target.bind(...values), write);
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== "function") return value;
      if (!write || !["run", "all", "raw", "first"].includes(String(key))) return value.bind(target);
      return async (...args: unknown[]) => {
        await strike();
        return Reflect.apply(value, target, args);
      };
    },
  });
}

/** The D1 binding, behind the fault hook only when the chaos run switched it on. */
export function devD1(env: FaultEnv): D1Database {
  if (!devFaultsEnabled(env)) return env.DB;
  return new Proxy(env.DB, {
    get(target, key) {
      if (key === "prepare") return (query: string) => faultyStatement(target.prepare(query), isWrite(query));
      if (key === "batch")
        return async (list: D1PreparedStatement[]) => {
          await strike();
          return target.batch(list);
        };
      const value: unknown = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
