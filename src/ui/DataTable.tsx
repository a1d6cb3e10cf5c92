import { useDeferredValue, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { nextSort, searchTexts, shownRows, type ColumnKey, type SortState } from "./tableRows.ts";
import { useRowWindow, WINDOW_FROM } from "./useRowWindow.ts";
import "./dataTable.css";
import { useLang } from "./useMessages.ts";
import { useAllMessages } from "./panelMessages.ts";

export interface Column<R> extends ColumnKey<R> {
  header: string;
  cell(row: R): ReactNode;
  /** The cell that names the row (a row header for screen readers). */
  rowHeader?: boolean;
  /** The column's share of a windowed table's fixed layout, e.g. "20%". */
  width: string;
}

/**
 * A table with a filter box and sortable columns (a header's button sorts; aria-sort says how).
 * Long tables draw only the rows on screen (useRowWindow), so thousands of rows show at once.
 */
export function DataTable<R>({
  label,
  rows,
  rowKey,
  columns,
  initialSort = null,
  extraText,
}: {
  label: string;
  rows: readonly R[];
  rowKey(row: R): string;
  columns: readonly Column<R>[];
  initialSort?: SortState | null;
  /** More text the filter finds a row by (search keys: other scripts, pinyin). */
  extraText?(row: R): readonly string[];
}) {
  const m = useAllMessages();
  const lang = useLang();
  const id = useId();
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState<SortState | null>(initialSort);
  // Typing stays responsive on long tables: the rows follow the box a moment later.
  const deferredQuery = useDeferredValue(query);
  const collator = useMemo(
    () => new Intl.Collator(lang === "zh" ? "zh" : "en", { numeric: true }),
    [lang],
  );
  // Each row's text is made when the filter is first used, not when the table first shows.
  const filtering = deferredQuery.trim() !== "";
  const texts = useMemo(
    () => (filtering ? searchTexts(rows, columns, extraText) : null),
    [filtering, rows, columns, extraText],
  );
  const shown = useMemo(
    () => shownRows(rows, texts, columns, deferredQuery, sort, collator),
    [rows, texts, columns, deferredQuery, sort, collator],
  );
  const body = useRef<HTMLTableSectionElement>(null);
  const win = useRowWindow(shown.length, body, rows.length > WINDOW_FROM);
  const span = columns.length;
  return (
    <section className="table-block" aria-labelledby={`${id}-caption`}>
      <div className="table-tools">
        <h2 id={`${id}-caption`}>
          {label} <span className="count">({m.rowsShown(shown.length, rows.length)})</span>
        </h2>
        <input
          type="search"
          className="table-filter"
          aria-label={`${m.filterRows}: ${label}`}
          placeholder={m.filterRows}
          value={query}
          autoComplete="off"
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {/* A long table scrolls in a box of its own: the table after it stays a short scroll away. */}
      <div
        className={win.windowed ? "table-scroll" : undefined}
        data-scroller={win.windowed ? "" : undefined}
      >
        <table
          className={win.windowed ? "data-table windowed" : "data-table"}
          aria-label={label}
          aria-rowcount={shown.length + 1}
        >
          {win.windowed && (
            <colgroup>
              {columns.map((c) => (
                <col key={c.id} style={{ width: c.width }} />
              ))}
            </colgroup>
          )}
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((c) => (
                <th
                  key={c.id}
                  scope="col"
                  aria-sort={sort?.column === c.id ? sort.direction : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => setSort((s) => nextSort(s, c.id))}
                  >
                    {c.header}
                    <span className="sort-mark" aria-hidden="true">
                      {sort?.column !== c.id ? "↕" : sort.direction === "ascending" ? "▲" : "▼"}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={body}>
            {win.before > 0 && (
              <tr className="spacer" aria-hidden="true" style={{ height: win.before }}>
                <td colSpan={span} />
              </tr>
            )}
            {shown.slice(win.start, win.end).map((index, i) => {
              const row = rows[index] as R;
              return (
                <tr key={rowKey(row)} data-row="" aria-rowindex={win.start + i + 2}>
                  {columns.map((c) =>
                    c.rowHeader ? (
                      <th key={c.id} scope="row">
                        {c.cell(row)}
                      </th>
                    ) : (
                      <td key={c.id}>{c.cell(row)}</td>
                    ),
                  )}
                </tr>
              );
            })}
            {win.after > 0 && (
              <tr className="spacer" aria-hidden="true" style={{ height: win.after }}>
                <td colSpan={span} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
