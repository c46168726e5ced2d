/*
 * Geometry of the report's small inline SVG charts, as numbers and strings for the templates to lay out.
 * Nothing here is markup: the templates write the <svg> elements, so every label stays escaped.
 */

export interface DonutSegment {
  key: string;
  label: string;
  value: number;
  /** stroke-dasharray and stroke-dashoffset of this segment on a circle of circumference 100. */
  dash: string;
  offset: string;
}

/** Each positive part's share of 100, laid end to end in the order given; empty when all are 0. */
function shares<P extends { value: number }>(parts: readonly P[]): { part: P; start: number; length: number }[] {
  const total = parts.reduce((sum, part) => sum + Math.max(0, part.value), 0);
  if (total === 0) return [];
  let start = 0;
  return parts
    .filter((part) => part.value > 0)
    .map((part) => {
      const length = (100 * part.value) / total;
      start += length;
      return { part, start: start - length, length };
    });
}

/** A ring of segments on a circle whose circumference is 100 (r = 15.9155), so a dash length is its percentage. */
export function donutSegments(parts: readonly { key: string; label: string; value: number }[]): DonutSegment[] {
  // 25 starts the ring at twelve o'clock; the offset runs backwards along the circle.
  return shares(parts).map(({ part, start, length }) => ({ ...part, dash: `${length.toFixed(2)} ${(100 - length).toFixed(2)}`, offset: (25 - start).toFixed(2) }));
}

export interface BarSegment {
  key: string;
  x: string;
  width: string;
}

/** Segments of one horizontal stacked bar 100 units wide, in the order given; empty when all values are 0. */
export function stackedBar(parts: readonly { key: string; value: number }[]): BarSegment[] {
  return shares(parts).map(({ part, start, length }) => ({ key: part.key, x: start.toFixed(2), width: length.toFixed(2) }));
}

export interface Sparkline {
  /** polyline points in a 100 × 30 box, oldest on the left; scores 0–100 map to y 28–2. */
  points: string;
  last: { x: string; y: string };
  /** At least two scored runs: one point is no trend. */
  drawable: boolean;
}

export function sparkline(values: readonly (number | null)[]): Sparkline {
  const scored = values.map((value, index) => ({ value, index })).filter((p): p is { value: number; index: number } => p.value !== null);
  const span = Math.max(1, values.length - 1);
  const xy = scored.map((p) => ({ x: ((100 * p.index) / span).toFixed(1), y: (28 - (26 * p.value) / 100).toFixed(1) }));
  return {
    points: xy.map((p) => `${p.x},${p.y}`).join(' '),
    last: xy[xy.length - 1] ?? { x: '0', y: '28' },
    drawable: xy.length >= 2,
  };
}
