// Sorting for the help-center report tables: by any column, numbers largest first by default,
// text A to Z, ties broken by the row's first text so that the order never jumps.

export type Direction = "ascending" | "descending";

export interface SortState<K extends string> {
  key: K;
  direction: Direction;
}

type Row<K extends string> = Record<K, string | number>;

export function sortRows<K extends string, R extends Row<K>>(rows: readonly R[], { key, direction }: SortState<K>, tieBreak: K): R[] {
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const order = compare(a[key], b[key]) * sign;
    return order !== 0 ? order : compare(a[tieBreak], b[tieBreak]);
  });
}

function compare(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "en", { sensitivity: "base", numeric: true });
}

/** Clicking the sorted column flips it; another column starts in its natural direction. */
export function nextSort<K extends string>(current: SortState<K>, key: K, numeric: boolean): SortState<K> {
  if (current.key === key) return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
  return { key, direction: numeric ? "descending" : "ascending" };
}
