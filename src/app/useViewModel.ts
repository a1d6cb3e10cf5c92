// Derives what the canvas shows from the dataset and the view: visible elements (filters),
// emphasis (src/model/emphasis.ts: step > search > hover > path > an open source's support > selection)
// and shortest paths. Hover is the canvas's own (GraphCanvas): the view model only says how a
// hovered element lights up, so a hover re-renders nothing here.
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Dataset } from "../model/types.ts";
import { visibleElements } from "../model/filters.ts";
import type { PathHop } from "../model/pathHops.ts";
import type { shortestPaths } from "../model/paths.ts";
import { indexDataset } from "../model/indexDataset.ts";
import { emphasisOf, focusIdsOf, hoverEmphasis, type Emphasis } from "../model/emphasis.ts";
import { useShallow } from "zustand/react/shallow";
import { useAppStore, type AppState } from "../state/store.ts";

export type { Emphasis } from "../model/emphasis.ts";

export interface ViewModel {
  visible: { nodes: Set<string>; edges: Set<string> };
  emphasis: Emphasis | null;
  /** How a hovered element lights up, or null where hover emphasises nothing (a story's step). */
  hoverOf: (id: string) => Emphasis | null;
  paths: PathHop[][];
  focusIds: string[];
}

/** Only the parts of the state the view model reads: a change elsewhere re-renders nothing. */
const selectViewInput = (s: AppState) => ({
  filters: s.filters,
  selection: s.selection,
  focus: s.focus,
  path: s.path,
  reader: s.reader,
  present: s.present,
  search: s.searchMatches,
});

const NO_PATHS: PathHop[][] = [];

export function useViewModel(dataset: Dataset): ViewModel {
  const v = useAppStore(useShallow(selectViewInput));
  const index = indexDataset(dataset);
  const visible = useMemo(() => visibleElements(dataset, v.filters), [dataset, v.filters]);
  // The path search loads when a path is first asked for (not part of the first view).
  const [search, setSearch] = useState<{ find: typeof shortestPaths } | null>(null);
  const wanted = Boolean(v.path);
  useEffect(() => {
    if (!wanted || search) return;
    let live = true;
    void import("../model/paths.ts").then((m) => live && setSearch({ find: m.shortestPaths }));
    return () => {
      live = false;
    };
  }, [wanted, search]);
  const paths = useMemo(
    () =>
      v.path && search
        ? search.find(dataset, v.path.from, v.path.to, { edges: visible.edges, max: 5 })
        : NO_PATHS,
    [dataset, v.path, visible, search],
  );
  const step = v.present
    ? (index.stories.get(v.present.story)?.steps[v.present.step] ?? null)
    : null;
  const result = useMemo(
    () =>
      emphasisOf(index, {
        selection: v.selection,
        focus: v.focus,
        path: v.path,
        paths,
        reader: v.reader,
        step,
        search: v.search?.edges ?? null,
        visibleEdges: visible.edges,
      }),
    [index, v.selection, v.focus, v.path, paths, v.reader, step, v.search, visible],
  );
  // A story step and a search being typed win over hover (emphasis.ts), so hover lights nothing.
  const stepWins = result?.kind === "step" || result?.kind === "search";
  const hoverOf = useCallback(
    (id: string) => (stepWins ? null : hoverEmphasis(index, id, visible.edges)),
    [index, visible, stepWins],
  );
  const focusIds = useMemo(() => focusIdsOf(result, v.selection), [result, v.selection]);
  return { visible, emphasis: result?.emphasis ?? null, hoverOf, paths, focusIds };
}
