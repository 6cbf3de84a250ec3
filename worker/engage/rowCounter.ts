// bench:campaigns asks a run how many rows D1 read. drizzle reads through raw(), which carries no
// meta, so when counting is on (the PARLEY_COUNT_ROWS var, set only by the benchmark) every read
// goes through all() and its rows are handed back as arrays in column order.
export interface RowCount {
  queries: number;
  rowsRead: number;
}

function add(count: RowCount, result: D1Result): void {
  count.queries++;
  count.rowsRead += result.meta.rows_read ?? 0;
}

function statement(stmt: D1PreparedStatement, count: RowCount): D1PreparedStatement {
  return new Proxy(stmt, {
    get(target, key) {
      if (key === "bind") return (...values: unknown[]) => statement(target.bind(...values), count);
      if (key === "all" || key === "run") return async () => { const r = await target.all(); add(count, r); return r; };
      if (key === "raw") return async () => { const r = await target.all<Record<string, unknown>>(); add(count, r); return r.results.map((row) => Object.values(row)); };
      const value: unknown = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export function countingD1(d1: D1Database, count: RowCount): D1Database {
  return new Proxy(d1, {
    get(target, key) {
      if (key === "prepare") return (query: string) => statement(target.prepare(query), count);
      if (key === "batch") return async (list: D1PreparedStatement[]) => { const results = await target.batch(list); for (const r of results) add(count, r); return results; };
      const value: unknown = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
