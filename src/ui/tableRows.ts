// A table's rows as shown: those whose text holds the filter, in the order of the sorted column.
// Pure and framework-free: the table keeps the keys; this decides which rows and in what order.

export type SortDirection = "ascending" | "descending";
export interface SortState {
  column: string;
  direction: SortDirection;
}

/** What a column gives the filter and the sort: its text, and a number when it has one. */
export interface ColumnKey<R> {
  id: string;
  text(row: R): string;
  /** Sorts by this number instead of the text (counts). */
  number?(row: R): number;
}

/** The form both the rows' text and the query take: NFKC, lower case, runs of space as one. */
export function foldText(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Each row's searchable text, made once per row list (the filter then only compares). */
export function searchTexts<R>(
  rows: readonly R[],
  columns: readonly ColumnKey<R>[],
  extra?: (row: R) => readonly string[],
): string[] {
  return rows.map((r) =>
    foldText([...columns.map((c) => c.text(r)), ...(extra?.(r) ?? [])].join("\u0001")),
  );
}

/**
 * The indices of the rows to show: those whose text holds every word of the query, sorted by the
 * column (ties keep the rows' order, so a sort is stable and repeatable).
 */
export function shownRows<R>(
  rows: readonly R[],
  /** The rows' searchable text (searchTexts); null while there is no query to hold. */
  texts: readonly string[] | null,
  columns: readonly ColumnKey<R>[],
  query: string,
  sort: SortState | null,
  collator: Intl.Collator,
): number[] {
  const words = foldText(query)
    .split(" ")
    .filter((w) => w !== "");
  const shown: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const text = texts?.[i] ?? "";
    if (words.every((w) => text.includes(w))) shown.push(i);
  }
  const column = sort ? columns.find((c) => c.id === sort.column) : undefined;
  if (!sort || !column) return shown;
  const sign = sort.direction === "ascending" ? 1 : -1;
  const byNumber = column.number;
  // Keys made once per row (indexed by row), not once per comparison.
  if (byNumber) {
    const keys: number[] = [];
    for (const i of shown) keys[i] = byNumber(rows[i] as R);
    return shown.sort((a, b) => sign * ((keys[a] ?? 0) - (keys[b] ?? 0)) || a - b);
  }
  const keys: string[] = [];
  for (const i of shown) keys[i] = column.text(rows[i] as R);
  return shown.sort((a, b) => sign * collator.compare(keys[a] ?? "", keys[b] ?? "") || a - b);
}

/** A click on a column's header: sort by it ascending, then descending, then ascending again. */
export function nextSort(sort: SortState | null, column: string): SortState {
  return sort?.column === column && sort.direction === "ascending"
    ? { column, direction: "descending" }
    : { column, direction: "ascending" };
}
