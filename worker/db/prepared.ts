import type { Db } from "./client.ts";

/** `build(key)` run once per key, for as long as the key lives. */
export function oncePer<K extends object, T>(build: (key: K) => T): (key: K) => T {
  const built = new WeakMap<K, T>();
  return (key) => {
    let value = built.get(key);
    if (value === undefined) {
      value = build(key);
      built.set(key, value);
    }
    return value;
  };
}

/**
 * A query built once per database binding. Drizzle builds a query's SQL anew on every call, and
 * on the chat's hot paths (a socket opening, a list row written) that building was most of the
 * isolate's garbage: a prepared query only binds its placeholders.
 */
export function onePerDb<T>(build: (db: Db) => T): (db: Db) => T {
  return oncePer(build);
}
