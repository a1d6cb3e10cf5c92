// Derives what the canvas shows from the dataset and the view: visible elements (filters),
// emphasis (hover > path > an open source's support > selection focus) and shortest paths.
import { useMemo } from "react";
import type { Dataset } from "../model/types.ts";
import { visibleElements } from "../model/filters.ts";
import { neighbourhood } from "../model/neighbourhood.ts";
import { pathEdges, pathNodes, shortestPaths, type PathHop } from "../model/paths.ts";
import { useShallow } from "zustand/react/shallow";
import { useAppStore, type AppState } from "../state/store.ts";

export interface Emphasis {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface ViewModel {
  visible: { nodes: Set<string>; edges: Set<string> };
  emphasis: Emphasis | null;
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
  hoverId: s.hoverId,
  present: s.present,
});

export function useViewModel(dataset: Dataset): ViewModel {
  const v = useAppStore(useShallow(selectViewInput));
  const visible = useMemo(() => visibleElements(dataset, v.filters), [dataset, v.filters]);
  const paths = useMemo(
    () =>
      v.path
        ? shortestPaths(dataset, v.path.from, v.path.to, { edges: visible.edges, max: 5 })
        : [],
    [dataset, v.path, visible],
  );
  const selectionEmphasis = useMemo((): Emphasis | null => {
    const sel = v.selection;
    if (!sel) return null;
    const hops = v.focus === 2 ? 2 : 1;
    if (sel.kind === "node") return neighbourhood(dataset, sel.id, hops, visible.edges);
    const edge = dataset.edges.find((e) => e.id === sel.id);
    if (!edge) return null;
    if (v.focus === 0)
      return { nodes: new Set([edge.source, edge.target]), edges: new Set([edge.id]) };
    const a = neighbourhood(dataset, edge.source, hops, visible.edges);
    const b = neighbourhood(dataset, edge.target, hops, visible.edges);
    return {
      nodes: new Set([...a.nodes, ...b.nodes]),
      edges: new Set([...a.edges, ...b.edges, edge.id]),
    };
  }, [dataset, v.selection, v.focus, visible]);
  const pathEmphasis = useMemo((): Emphasis | null => {
    if (!v.path) return null;
    const nodes = new Set([v.path.from, v.path.to, ...paths.flatMap(pathNodes)]);
    return { nodes, edges: new Set(paths.flatMap(pathEdges)) };
  }, [v.path, paths]);
  const sourceEmphasis = useMemo((): Emphasis | null => {
    if (!v.reader) return null;
    const edges = dataset.edges.filter((e) =>
      e.evidence.some((x) => x.sourceId === v.reader?.sourceId),
    );
    return {
      nodes: new Set(edges.flatMap((e) => [e.source, e.target])),
      edges: new Set(edges.map((e) => e.id)),
    };
  }, [dataset, v.reader]);
  const step = v.present
    ? dataset.stories?.find((s) => s.id === v.present?.story)?.steps[v.present.step]
    : undefined;
  const stepEmphasis = useMemo((): Emphasis | null => {
    if (!step) return null;
    const edges = dataset.edges.filter((e) => step.edges.includes(e.id));
    return {
      nodes: new Set([...step.nodes, ...edges.flatMap((e) => [e.source, e.target])]),
      edges: new Set(step.edges),
    };
  }, [dataset, step]);
  const hoverEmphasis = useMemo((): Emphasis | null => {
    if (!v.hoverId) return null;
    // A hovered edge lights up with its two ends; a hovered node with its neighbours.
    const edge = dataset.edges.find((e) => e.id === v.hoverId);
    if (edge) return { nodes: new Set([edge.source, edge.target]), edges: new Set([edge.id]) };
    return neighbourhood(dataset, v.hoverId, 1, visible.edges);
  }, [dataset, v.hoverId, visible]);
  // An open source reader shows what that source supports, over the selection it was opened from.
  const emphasis =
    stepEmphasis ?? hoverEmphasis ?? pathEmphasis ?? sourceEmphasis ?? selectionEmphasis;
  const focusIds = useMemo(() => {
    if (stepEmphasis) return [...stepEmphasis.nodes, ...stepEmphasis.edges];
    if (pathEmphasis && !v.selection) return [...pathEmphasis.nodes];
    return v.selection ? [v.selection.id] : [];
  }, [stepEmphasis, pathEmphasis, v.selection]);
  return { visible, emphasis, paths, focusIds };
}
