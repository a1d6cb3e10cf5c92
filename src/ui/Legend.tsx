import { TYPE_STYLE, type NodeShape } from "../graph/typeStyle.ts";
import { NODE_TYPES, type NodeType } from "../model/vocabulary.ts";
import { useMessages } from "./useMessages.ts";
import { useAppStore } from "../state/store.ts";
import type { LegendEntry } from "../model/styleChoices.ts";
import { CERTAINTIES, type Grade } from "../model/filters.ts";

const SHAPES: Record<NodeShape, string> = {
  ellipse: "M8 1a7 7 0 1 0 0.01 0Z",
  rectangle: "M2 2h12v12H2Z",
  "round-rectangle": "M5 2h6a3 3 0 0 1 3 3v6a3 3 0 0 1-3 3H5a3 3 0 0 1-3-3V5a3 3 0 0 1 3-3Z",
  triangle: "M8 1l7 13H1Z",
  diamond: "M8 1l7 7-7 7-7-7Z",
  hexagon: "M4 2h8l4 6-4 6H4L0 8Z",
  star: "M8 1l2 5h5l-4 3.5 1.5 5.5L8 12l-4.5 3 1.5-5.5L1 6h5Z",
  vee: "M1 2l7 5 7-5-7 13Z",
};

export function TypeIcon({ type }: { type: NodeType }) {
  const { color, shape } = TYPE_STYLE[type];
  return (
    <svg className="type-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <path d={SHAPES[shape]} fill={color} />
    </svg>
  );
}

export function Legend({
  counts,
  grades,
  collapsible = false,
  colors = null,
  sizeKey,
}: {
  counts: Partial<Record<NodeType, number>>;
  /** The certainty values the data has: only those get a key. */
  grades: ReadonlySet<Grade>;
  /** A phone's legend: closed behind a "Legend" button until opened. */
  collapsible?: boolean;
  /** The colours the reader chose (style by data), in place of the types'. */
  colors?: readonly LegendEntry[] | null;
  /** What size means, when it is not the number of relations. */
  sizeKey?: string | undefined;
}) {
  const m = useMessages();
  const hidden = useAppStore((s) => s.filters.hiddenNodeTypes);
  const hiddenGrades = useAppStore((s) => s.filters.hiddenCertainties);
  const setFilters = useAppStore((s) => s.setFilters);
  const width = useAppStore((s) => s.style.width);
  // Each entry hides or shows what it names: the same state as the filters.
  const flip = <T,>(list: readonly T[], item: T) =>
    list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
  const body = (
    <>
      {colors ? (
        <ul className="style-key">
          {colors.map((c) => (
            <li key={c.label}>
              <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                <circle cx="7" cy="7" r="6" fill={c.color} />
              </svg>{" "}
              {c.label} <span className="count">{c.count}</span>
            </li>
          ))}
        </ul>
      ) : (
        <ul>
          {NODE_TYPES.filter((t) => counts[t]).map((t) => (
            <li key={t}>
              <button
                type="button"
                className="legend-entry"
                aria-pressed={!hidden.includes(t)}
                onClick={() => setFilters({ hiddenNodeTypes: flip(hidden, t) })}
              >
                <TypeIcon type={t} /> {m.nodeType[t]} <span className="count">{counts[t]}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ul className="edge-key">
        {CERTAINTIES.filter((g) => grades.has(g)).map((g) => (
          <li key={g}>
            <button
              type="button"
              className="legend-entry"
              aria-pressed={!hiddenGrades.includes(g)}
              onClick={() => setFilters({ hiddenCertainties: flip(hiddenGrades, g) })}
            >
              <span className={`line ${g}`} aria-hidden="true" /> {m.certaintyLong[g]}
            </button>
          </li>
        ))}
      </ul>
      <p className="size-key">
        <svg width="26" height="16" viewBox="0 0 26 16" aria-hidden="true">
          <circle cx="4" cy="10" r="3" />
          <circle cx="17" cy="8" r="7" />
        </svg>{" "}
        {sizeKey ?? m.sizeKey}
      </p>
      {width.startsWith("attr:") && (
        <p className="width-key">
          <svg width="26" height="16" viewBox="0 0 26 16" aria-hidden="true">
            <path d="M1 12L11 4" strokeWidth="1" />
            <path d="M13 12L25 4" strokeWidth="4" />
          </svg>{" "}
          {m.widthKeyBy(width.slice(5))}
        </p>
      )}
    </>
  );
  if (collapsible)
    return (
      <details className="legend legend-collapsible">
        <summary>{m.legend}</summary>
        <section aria-label={m.legend}>{body}</section>
      </details>
    );
  return (
    <section className="legend" aria-label={m.legend}>
      {body}
    </section>
  );
}
