import { useState } from "preact/hooks";
import type { ArticleReport } from "../lib/helpCenter.ts";
import { nextSort, sortRows, type SortState } from "../lib/helpSort.ts";
import { HelpCenterSortHeader } from "./HelpCenterSortHeader.tsx";

type Column = "title" | "collection" | "views" | "happy" | "neutral" | "sad" | "talkToUs";

const COLUMNS: ReadonlyArray<{ column: Column; label: string; numeric: boolean }> = [
  { column: "title", label: "Article", numeric: false },
  { column: "collection", label: "Collection", numeric: false },
  { column: "views", label: "Views", numeric: true },
  { column: "happy", label: "😃 Yes", numeric: true },
  { column: "neutral", label: "😐 Partly", numeric: true },
  { column: "sad", label: "😞 No", numeric: true },
  { column: "talkToUs", label: "Talk to us", numeric: true },
];

export function HelpCenterArticles({ articles }: { articles: ArticleReport[] }) {
  const [sort, setSort] = useState<SortState<Column>>({ key: "views", direction: "descending" });
  const onSort = (column: Column) => setSort((current) => nextSort(current, column, COLUMNS.find((c) => c.column === column)?.numeric ?? false));
  const rows = sortRows(articles, sort, "title");
  return (
    <div class="table-wrap help-table" tabIndex={0} role="region" aria-label="Articles table">
      <table>
        <thead>
          <tr>
            {COLUMNS.map(({ column, label, numeric }) => (
              <HelpCenterSortHeader key={column} label={label} column={column} sort={sort} numeric={numeric} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <a href={a.url}>{a.title}</a>
              </th>
              <td>{a.collection}</td>
              <td class="numeric">{a.views}</td>
              <td class="numeric">{a.happy}</td>
              <td class="numeric">{a.neutral}</td>
              <td class="numeric">{a.sad}</td>
              <td class="numeric">{a.talkToUs}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
