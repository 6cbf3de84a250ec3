// Small chart maths for the reports' SVG: nice axis ticks, scales, bands and line paths.

/** Round tick steps (1, 2, 5 × 10ⁿ) from 0 to at least `max`, about `count` of them. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  // Counts are whole numbers: a step below 1 would label 0.5 conversations.
  const whole = Math.max(1, step);
  const ticks: number[] = [];
  for (let t = 0; t < max + whole; t += whole) {
    ticks.push(t);
    if (t >= max) break;
  }
  return ticks;
}

/** Maps [0, domainMax] onto [rangeStart, rangeEnd] (SVG y grows downwards, so pass bottom first). */
export function linearScale(domainMax: number, rangeStart: number, rangeEnd: number): (value: number) => number {
  const span = domainMax > 0 ? domainMax : 1;
  return (value) => rangeStart + ((rangeEnd - rangeStart) * value) / span;
}

export interface Band {
  x: number;
  width: number;
  center: number;
}

/** `count` equal bands across `width`, with `padding` (0–1) of each band left empty. */
export function bands(count: number, width: number, padding = 0.2): Band[] {
  if (count <= 0) return [];
  const step = width / count;
  const inner = step * (1 - padding);
  return Array.from({ length: count }, (_, i) => {
    const x = i * step + (step - inner) / 2;
    return { x, width: inner, center: i * step + step / 2 };
  });
}

export function linePath(points: ReadonlyArray<readonly [number, number]>): string {
  return points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${round(x)} ${round(y)}`).join(" ");
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Every nth label so that at most `max` show along an axis. */
export function labelEvery(count: number, max: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, max)));
}
