import type { Db } from "./client.ts";
import { oncePer } from "./oncePer.ts";

/**
 * A query built once per database binding. Drizzle builds a query's SQL anew on every call, and
 * on the chat's hot paths (a socket opening, a list row written) that building was most of the
 * isolate's garbage: a prepared query only binds its placeholders.
 */
export function onePerDb<T>(build: (db: Db) => T): (db: Db) => T {
  return oncePer(build);
}
