import { useId } from "preact/hooks";
import { bands, labelEvery, linePath, linearScale, niceTicks } from "../lib/charts.ts";

export interface Series {
  name: string;
  /** null: no value that day (an average without ratings), a gap in a line, no bar, a dash in the table. */
  values: Array<number | null>;
  /** `series-1`, `series-2`: colours come from the stylesheet so dark mode works. */
  tone: "series-1" | "series-2";
}

interface Props {
  kind: "bar" | "line";
  title: string;
  description: string;
  categories: string[];
  series: Series[];
  /** Header of the table's first column. */
  categoryLabel: string;
  /** The y axis's ticks when the scale is fixed (ratings: 0 to 5); else from the data. */
  ticks?: number[];
}

const W = 640;
const H = 220;
const M = { top: 12, right: 12, bottom: 26, left: 40 };

// An SVG chart that is also a figure with a title, a description and its numbers as a table:
// screen readers get the summary, anyone can open the exact figures.
/** Runs of consecutive days with a value: a line never bridges a day without one. */
function runs(values: Array<number | null>): number[][] {
  const all: number[][] = [];
  values.forEach((v, i) => {
    const last = all[all.length - 1];
    if (v === null) return;
    if (last && last[last.length - 1] === i - 1) last.push(i);
    else all.push([i]);
  });
  return all;
}

export function ReportsChart({ kind, title, description, categories, series, categoryLabel, ticks: fixedTicks }: Props) {
  const id = useId();
  const max = Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const ticks = fixedTicks ?? niceTicks(max);
  const top = ticks[ticks.length - 1] ?? 1;
  const y = linearScale(top, H - M.bottom, M.top);
  const plotWidth = W - M.left - M.right;
  const slots = bands(categories.length, plotWidth, kind === "bar" ? 0.25 : 0);
  const every = labelEvery(categories.length, 8);

  return (
    <figure class="chart">
      <figcaption id={`${id}-caption`} class="chart-title">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} class="chart-svg">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {ticks.map((t) => (
          <g key={t} class="chart-grid">
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} />
            <text x={M.left - 6} y={y(t)} dy="0.32em" text-anchor="end">
              {t}
            </text>
          </g>
        ))}
        <g transform={`translate(${M.left} 0)`}>
          {kind === "bar"
            ? slots.map((slot, i) => {
                const sub = bands(series.length, slot.width, 0.1);
                return series.map((s, j) => {
                  const v = s.values[i] ?? 0;
                  const band = sub[j];
                  return band && v > 0 ? <rect key={`${i}-${j}`} class={s.tone} x={slot.x + band.x} width={band.width} y={y(v)} height={y(0) - y(v)} /> : null;
                });
              })
            : series.map((s) => (
                <g key={s.name} class={s.tone}>
                  {runs(slots.map((_, i) => s.values[i] ?? null)).map((run) => (
                    <path key={run[0]} class="chart-line" d={linePath(run.map((i) => [slots[i]?.center ?? 0, y(s.values[i] ?? 0)]))} />
                  ))}
                  {slots.map((slot, i) => {
                    const v = s.values[i] ?? null;
                    // A lone day has no line to show it: its dot always shows.
                    const lone = v !== null && (s.values[i - 1] ?? null) === null && (s.values[i + 1] ?? null) === null;
                    return v !== null && (categories.length <= 31 || lone) ? <circle key={i} cx={slot.center} cy={y(v)} r={2.5} /> : null;
                  })}
                </g>
              ))}
          {slots.map((slot, i) =>
            i % every === 0 ? (
              <text key={i} class="chart-label" x={slot.center} y={H - 8} text-anchor="middle">
                {categories[i]}
              </text>
            ) : null,
          )}
        </g>
      </svg>
      <ul class="chart-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.name}>
            <span class={`chart-swatch ${s.tone}`} />
            {s.name}
          </li>
        ))}
      </ul>
      <details class="chart-data">
        <summary>Show the data as a table</summary>
        <div class="table-wrap">
          <table aria-labelledby={`${id}-caption`}>
            <thead>
              <tr>
                <th scope="col">{categoryLabel}</th>
                {series.map((s) => (
                  <th key={s.name} scope="col" class="numeric">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {categories.map((c, i) => (
                <tr key={`${c}-${i}`}>
                  <th scope="row">{c}</th>
                  {series.map((s) => (
                    <td key={s.name} class="numeric">
                      {s.values[i] === null ? "—" : (s.values[i] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
