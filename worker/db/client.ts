import { drizzle } from "drizzle-orm/d1";
import { sql, type SQL } from "drizzle-orm";
import * as schema from "./schema.ts";

const open = (d1: D1Database) => drizzle(d1, { schema });
export type Db = ReturnType<typeof open>;

// Building drizzle's relational config walks the whole schema: once per binding, not per request.
const opened = new WeakMap<D1Database, Db>();

export function openDb(d1: D1Database): Db {
  let db = opened.get(d1);
  if (!db) opened.set(d1, (db = open(d1)));
  return db;
}

/** Turns a `?`-placeholder fragment (from shared/rules) into a drizzle SQL chunk with bound params. */
export function fragment(text: string, params: readonly (string | number)[]): SQL {
  const pieces = text.split("?");
  if (pieces.length !== params.length + 1) throw new Error(`fragment has ${pieces.length - 1} placeholders for ${params.length} params`);
  const chunks: SQL[] = [sql.raw(pieces[0] ?? "")];
  params.forEach((param, i) => chunks.push(sql`${param}`, sql.raw(pieces[i + 1] ?? "")));
  return sql.join(chunks);
}

export function unixNow(): number {
  return Math.floor(Date.now() / 1000);
}

/** Drizzle wraps D1's error; the constraint's name is in the cause. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (/UNIQUE constraint failed/.test(e.message)) return true;
  }
  return false;
}
