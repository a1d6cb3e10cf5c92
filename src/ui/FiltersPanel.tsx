import type { Dataset } from "../model/types.ts";
import { indexDataset } from "../model/indexDataset.ts";
import { StyleControls } from "./StyleControls.tsx";
import { CERTAINTIES, filterCounts } from "../model/filters.ts";
import { datasetYearRange } from "../model/years.ts";
import { NODE_TYPES, RELATION_TYPE_IDS } from "../model/vocabulary.ts";
import { useAppStore } from "../state/store.ts";
import { TypeIcon } from "./Legend.tsx";
import { CheckGroup } from "./CheckGroup.tsx";
import { useAllMessages } from "./panelMessages.ts";

export function FiltersPanel({ dataset }: { dataset: Dataset }) {
  const m = useAllMessages();
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const counts = filterCounts(dataset, filters);
  const range = datasetYearRange(dataset);
  const years = filters.years ?? (range ? { from: range.min, to: range.max } : null);
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
      <StyleControls dataset={dataset} />
      <CheckGroup
        legend={m.nodeTypes}
        items={NODE_TYPES.filter((t) => counts.nodeTypes[t].total > 0)}
        hidden={filters.hiddenNodeTypes}
        counts={counts.nodeTypes}
        label={(t) => (
          <>
            <TypeIcon type={t} /> {m.nodeType[t]}
          </>
        )}
        onChange={(hiddenNodeTypes) => setFilters({ hiddenNodeTypes })}
      />
      <CheckGroup
        legend={m.relationTypes}
        items={RELATION_TYPE_IDS.filter((t) => counts.relationTypes[t].total > 0)}
        hidden={filters.hiddenRelationTypes}
        counts={counts.relationTypes}
        label={(t) => m.relationType[t]}
        onChange={(hiddenRelationTypes) => setFilters({ hiddenRelationTypes })}
      />
      <CheckGroup
        legend={m.certainty}
        items={CERTAINTIES.filter((c) => counts.certainties[c].total > 0)}
        hidden={filters.hiddenCertainties}
        counts={counts.certainties}
        label={(c) => m.certaintyLong[c]}
        onChange={(hiddenCertainties) => setFilters({ hiddenCertainties })}
      />
      <CheckGroup
        legend={m.sources}
        items={dataset.sources.map((s) => s.id)}
        hidden={filters.hiddenSources}
        counts={counts.sources}
        label={(id) => {
          const s = indexDataset(dataset).sources.get(id);
          return <span lang={s?.language}>{s?.title ?? id}</span>;
        }}
        onChange={(hiddenSources) => setFilters({ hiddenSources })}
      />
      {range && years && (
        <fieldset className="years">
          <legend>
            {m.years}: {filters.years ? `${years.from}–${years.to}` : m.allYears}
          </legend>
          <label className="year-slider">
            <span>{m.from}</span>
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
            <span className="year-value" aria-hidden="true">
              {years.from}
            </span>
          </label>
          <label className="year-slider">
            <span>{m.to}</span>
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
            <span className="year-value" aria-hidden="true">
              {years.to}
            </span>
          </label>
          <p className="year-scale" aria-hidden="true">
            <span>{range.min}</span>
            <span>{range.max}</span>
          </p>
          <p className="note">{m.undatedNote}</p>
        </fieldset>
      )}
      <button type="button" onClick={resetFilters}>
        {m.resetFilters}
      </button>
    </section>
  );
}
