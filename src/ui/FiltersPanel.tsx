import type { Dataset } from "../model/types.ts";
import { filterCounts, type Filters } from "../model/filters.ts";
import { datasetYearRange } from "../model/years.ts";
import { NODE_TYPES, RELATION_TYPE_IDS } from "../model/vocabulary.ts";
import { useAppStore } from "../state/store.ts";
import { TypeIcon } from "./Legend.tsx";
import { useMessages } from "./useMessages.ts";

function toggle<T>(list: readonly T[], value: T, hidden: boolean): T[] {
  return hidden ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

export function FiltersPanel({ dataset }: { dataset: Dataset }) {
  const m = useMessages();
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const counts = filterCounts(dataset, filters);
  const range = datasetYearRange(dataset);
  const years = filters.years ?? (range ? { from: range.min, to: range.max } : null);
  const check = <K extends keyof Filters>(key: K, value: string, shown: boolean) =>
    setFilters({
      [key]: toggle(filters[key] as readonly string[], value, !shown),
    } as Partial<Filters>);
  return (
    <section className="filters" aria-labelledby="filters-title" data-testid="filters">
      <h2 id="filters-title">{m.filters}</h2>
      <p className="meta" role="status">
        {m.showing(
          counts.nodes.visible,
          counts.nodes.total,
          counts.edges.visible,
          counts.edges.total,
        )}
      </p>
      <fieldset>
        <legend>{m.nodeTypes}</legend>
        {NODE_TYPES.filter((t) => counts.nodeTypes[t].total > 0).map((t) => (
          <label key={t}>
            <input
              type="checkbox"
              checked={!filters.hiddenNodeTypes.includes(t)}
              onChange={(e) => check("hiddenNodeTypes", t, e.target.checked)}
            />{" "}
            <TypeIcon type={t} /> {m.nodeType[t]}{" "}
            <span className="count">
              {counts.nodeTypes[t].visible}/{counts.nodeTypes[t].total}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{m.relationTypes}</legend>
        {RELATION_TYPE_IDS.filter((t) => counts.relationTypes[t].total > 0).map((t) => (
          <label key={t}>
            <input
              type="checkbox"
              checked={!filters.hiddenRelationTypes.includes(t)}
              onChange={(e) => check("hiddenRelationTypes", t, e.target.checked)}
            />{" "}
            {m.relationType[t]}{" "}
            <span className="count">
              {counts.relationTypes[t].visible}/{counts.relationTypes[t].total}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{m.certainty}</legend>
        {(["stated", "hedged", "disputed"] as const).map((c) => (
          <label key={c}>
            <input
              type="checkbox"
              checked={!filters.hiddenCertainties.includes(c)}
              onChange={(e) => check("hiddenCertainties", c, e.target.checked)}
            />{" "}
            {m.certaintyLong[c]}{" "}
            <span className="count">
              {counts.certainties[c].visible}/{counts.certainties[c].total}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{m.sources}</legend>
        {dataset.sources.map((s) => (
          <label key={s.id}>
            <input
              type="checkbox"
              checked={!filters.hiddenSources.includes(s.id)}
              onChange={(e) => check("hiddenSources", s.id, e.target.checked)}
            />{" "}
            <span lang={s.language}>{s.title}</span>{" "}
            <span className="count">
              {counts.sources[s.id]?.visible ?? 0}/{counts.sources[s.id]?.total ?? 0}
            </span>
          </label>
        ))}
      </fieldset>
      {range && years && (
        <fieldset className="years">
          <legend>
            {m.years}: {filters.years ? `${years.from}–${years.to}` : m.allYears}
          </legend>
          <label>
            {m.from}{" "}
            <input
              type="range"
              min={range.min}
              max={range.max}
              value={years.from}
              onChange={(e) =>
                setFilters({
                  years: { from: Math.min(Number(e.target.value), years.to), to: years.to },
                })
              }
            />
          </label>
          <label>
            {m.to}{" "}
            <input
              type="range"
              min={range.min}
              max={range.max}
              value={years.to}
              onChange={(e) =>
                setFilters({
                  years: { from: years.from, to: Math.max(Number(e.target.value), years.from) },
                })
              }
            />
          </label>
          <p className="note">{m.undatedNote}</p>
        </fieldset>
      )}
      <button type="button" onClick={resetFilters}>
        {m.resetFilters}
      </button>
    </section>
  );
}
