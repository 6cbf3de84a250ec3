// A small accessible SVG line chart: a title and description for assistive technology, labelled
// axes with ticks, and a legend; points are [x, y] numbers (NaN points are skipped).
const W = 640;
const H = 260;
const M = { left: 64, right: 16, top: 28, bottom: 44 };
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const nice = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

export function lineChart({ id, title, xLabel, yLabel, series }) {
  const all = series.flatMap((s) => s.points).filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  const xMax = Math.max(1, ...all.map(([x]) => x));
  const yMax = Math.max(1e-9, ...all.map(([, y]) => y)) * 1.1;
  const px = (x) => M.left + (x / xMax) * (W - M.left - M.right);
  const py = (y) => H - M.bottom - (y / yMax) * (H - M.top - M.bottom);
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const grid = ticks
    .map((f) => `<line x1="${M.left}" x2="${W - M.right}" y1="${py(f * yMax)}" y2="${py(f * yMax)}" stroke="#ddd"/><text x="${M.left - 6}" y="${py(f * yMax) + 4}" text-anchor="end">${nice(f * yMax)}</text>`)
    .join("");
  const xTicks = ticks.map((f) => `<text x="${px(f * xMax)}" y="${H - M.bottom + 16}" text-anchor="middle">${Math.round(f * xMax)}</text>`).join("");
  const lines = series
    .map((s) => {
      const d = s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)).map(([x, y], i) => `${i ? "L" : "M"}${px(x).toFixed(1)},${py(y).toFixed(1)}`).join("");
      return `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${s.dash ? ' stroke-dasharray="5 3"' : ""}/>`;
    })
    .join("");
  const legend = series.map((s, i) => `<rect x="${M.left + 8 + i * 140}" y="8" width="14" height="4" fill="${s.color}"/><text x="${M.left + 26 + i * 140}" y="14">${esc(s.name)}</text>`).join("");
  const desc = series.map((s) => `${s.name}: ${s.points.length} points`).join("; ");
  return `<svg role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${W} ${H}" width="100%" style="max-width:${W}px" font-size="11" font-family="system-ui,sans-serif">
<title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(`${yLabel} against ${xLabel}. ${desc}. The data table below has every value.`)}</desc>
${grid}${xTicks}<line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${H - M.bottom}" stroke="#333"/><line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="#333"/>
<text x="${(W + M.left) / 2}" y="${H - 8}" text-anchor="middle">${esc(xLabel)}</text><text transform="translate(14 ${(H - M.bottom + M.top) / 2}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>
${lines}${legend}</svg>`;
}
