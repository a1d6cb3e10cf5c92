// Years of a relation's span, for the time filter. Dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD";
// only the year counts. A span with only `from` is open-ended ("since 2017": to = +Infinity); one
// with only `to` has an open start (from = -Infinity). An undated relation has no span (null).
import type { Dataset, GraphEdge } from "./types.ts";

export interface YearSpan {
  from: number;
  to: number;
}

const DATE = /^(\d{4})(?:-\d{2}(?:-\d{2})?)?$/;

/** The year of a date string, or null when it is not YYYY, YYYY-MM or YYYY-MM-DD. */
export function yearOf(date: string | undefined): number | null {
  if (date === undefined) return null;
  const m = DATE.exec(date);
  return m ? Number(m[1]) : null;
}

export function edgeYears(edge: Pick<GraphEdge, "from" | "to">): YearSpan | null {
  const from = yearOf(edge.from);
  const to = yearOf(edge.to);
  if (from === null && to === null) return null;
  return { from: from ?? -Infinity, to: to ?? Infinity };
}

/** Whether a span overlaps a range of years, both ends inclusive. */
export function overlapsYears(span: YearSpan, range: YearSpan): boolean {
  const lo = Math.min(range.from, range.to);
  const hi = Math.max(range.from, range.to);
  return span.from <= hi && span.to >= lo;
}

/** The smallest and largest year any relation's span mentions; null when none is dated. */
export function datasetYearRange(dataset: Dataset): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const edge of dataset.edges) {
    for (const y of [yearOf(edge.from), yearOf(edge.to)]) {
      if (y === null) continue;
      min = Math.min(min, y);
      max = Math.max(max, y);
    }
  }
  return min <= max ? { min, max } : null;
}
