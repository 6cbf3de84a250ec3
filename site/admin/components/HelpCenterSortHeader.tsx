import type { SortState } from "../lib/helpSort.ts";

interface Props<K extends string> {
  label: string;
  column: K;
  sort: SortState<K>;
  numeric?: boolean;
  onSort: (column: K) => void;
}

// A real button inside the header cell, with aria-sort on the cell: the accessible sortable table.
const BUTTON_STYLE = { font: "inherit", color: "inherit", background: "none", border: 0, padding: 0, cursor: "pointer", textTransform: "inherit", letterSpacing: "inherit" };

export function HelpCenterSortHeader<K extends string>({ label, column, sort, numeric = false, onSort }: Props<K>) {
  const active = sort.key === column;
  return (
    <th scope="col" class={numeric ? "numeric" : undefined} aria-sort={active ? sort.direction : undefined}>
      <button type="button" style={BUTTON_STYLE} onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true">{active ? (sort.direction === "ascending" ? " ▲" : " ▼") : ""}</span>
      </button>
    </th>
  );
}
