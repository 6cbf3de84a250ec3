import { useState } from "preact/hooks";
import type { MissedSearch } from "../lib/helpCenter.ts";
import { nextSort, sortRows, type SortState } from "../lib/helpSort.ts";
import { HelpCenterSortHeader } from "./HelpCenterSortHeader.tsx";
import { RelativeTime } from "./RelativeTime.tsx";

type Column = "query" | "count" | "lastSearchedAt";

export function HelpCenterSearches({ searches }: { searches: MissedSearch[] }) {
  const [sort, setSort] = useState<SortState<Column>>({ key: "count", direction: "descending" });
  const onSort = (column: Column) => setSort((current) => nextSort(current, column, column !== "query"));
  if (searches.length === 0) return <p class="muted">No failed searches yet. When a search finds nothing, it appears here.</p>;
  return (
    <div class="table-wrap help-table" tabIndex={0} role="region" aria-label="Searches with no results table">
      <table>
        <thead>
          <tr>
            <HelpCenterSortHeader label="Search" column="query" sort={sort} onSort={onSort} />
            <HelpCenterSortHeader label="Times" column="count" sort={sort} numeric onSort={onSort} />
            <HelpCenterSortHeader label="Last searched" column="lastSearchedAt" sort={sort} onSort={onSort} />
          </tr>
        </thead>
        <tbody>
          {sortRows(searches, sort, "query").map((s) => (
            <tr key={s.query}>
              <th scope="row">{s.query}</th>
              <td class="numeric">{s.count}</td>
              <td>
                <RelativeTime unix={s.lastSearchedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
