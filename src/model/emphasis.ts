// What the canvas emphasises (the rest is faded), one rule: a story's step, else the relations
// whose quotes hold the query being typed in search, else the hovered element, else the path asked for, else what an open source supports, else the selection's focus.
import type { DatasetIndex } from "./indexDataset.ts";
import type { StoryStep } from "./stories.ts";
import { neighbourhood } from "./neighbourhood.ts";
import { pathEdges, pathNodes, type PathHop } from "./pathHops.ts";

export interface Emphasis {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export type EmphasisKind = "step" | "search" | "hover" | "path" | "source" | "selection";

export interface EmphasisView {
  selection: { kind: "node" | "edge"; id: string } | null;
  /** The selection's neighbourhood: 0 = the element alone (an edge with its two ends). */
  focus: 0 | 1 | 2;
  path: { from: string; to: string } | null;
  /** The shortest paths found for `path`. */
  paths: readonly PathHop[][];
  reader: { sourceId: string } | null;
  step: StoryStep | null;
  /** The relations whose quotes match the search query being typed (none: no query). */
  search?: readonly string[] | null;
  /** The element under the pointer; the canvas draws hover itself (see hoverEmphasis). */
  hoverId?: string | null;
  /** Only these edges are walked (the filters'). */
  visibleEdges: ReadonlySet<string>;
}

export interface EmphasisResult {
  kind: EmphasisKind;
  emphasis: Emphasis;
}

/** The emphasis that wins, and where it comes from; null when nothing is emphasised. */
export function emphasisOf(index: DatasetIndex, v: EmphasisView): EmphasisResult | null {
  const pick = (kind: EmphasisKind, emphasis: Emphasis | null) =>
    emphasis ? { kind, emphasis } : null;
  if (v.step) return pick("step", stepEmphasis(index, v.step));
  if (v.search && v.search.length > 0) return pick("search", searchEmphasis(index, v.search));
  const hover = v.hoverId ? hoverEmphasis(index, v.hoverId, v.visibleEdges) : null;
  if (hover) return pick("hover", hover);
  if (v.path) return pick("path", pathEmphasis(v.path, v.paths));
  if (v.reader) return pick("source", sourceEmphasis(index, v.reader.sourceId));
  if (v.selection) return pick("selection", selectionEmphasis(index, v));
  return null;
}

/** What the camera frames: a step's elements, else a path's nodes, else the selection. */
export function focusIdsOf(
  result: EmphasisResult | null,
  selection: EmphasisView["selection"],
): string[] {
  if (result?.kind === "step") return [...result.emphasis.nodes, ...result.emphasis.edges];
  if (result?.kind === "path" && !selection) return [...result.emphasis.nodes];
  return selection ? [selection.id] : [];
}

/** A hovered edge lights up with its two ends; a hovered node with its neighbours. */
export function hoverEmphasis(
  index: DatasetIndex,
  id: string,
  visibleEdges?: ReadonlySet<string>,
): Emphasis | null {
  const edge = index.edges.get(id);
  if (edge) return { nodes: new Set([edge.source, edge.target]), edges: new Set([edge.id]) };
  if (!index.nodes.has(id)) return null;
  return neighbourhood(index.dataset, id, 1, visibleEdges);
}

function stepEmphasis(index: DatasetIndex, step: StoryStep): Emphasis {
  const ends = step.edges.flatMap((id) => {
    const e = index.edges.get(id);
    return e ? [e.source, e.target] : [];
  });
  return { nodes: new Set([...step.nodes, ...ends]), edges: new Set(step.edges) };
}

/** The matching relations with their ends (edges the filters hide stay hidden, as ever). */
function searchEmphasis(index: DatasetIndex, ids: readonly string[]): Emphasis {
  const edges = ids.flatMap((id) => {
    const e = index.edges.get(id);
    return e ? [e] : [];
  });
  return {
    nodes: new Set(edges.flatMap((e) => [e.source, e.target])),
    edges: new Set(edges.map((e) => e.id)),
  };
}

function pathEmphasis(path: { from: string; to: string }, paths: readonly PathHop[][]): Emphasis {
  const nodes = new Set([path.from, path.to, ...paths.flatMap(pathNodes)]);
  return { nodes, edges: new Set(paths.flatMap(pathEdges)) };
}

function sourceEmphasis(index: DatasetIndex, sourceId: string): Emphasis {
  const edges = index.edgesCiting(sourceId);
  return {
    nodes: new Set(edges.flatMap((e) => [e.source, e.target])),
    edges: new Set(edges.map((e) => e.id)),
  };
}

function selectionEmphasis(index: DatasetIndex, v: EmphasisView): Emphasis | null {
  const sel = v.selection;
  if (!sel) return null;
  const hops = v.focus === 2 ? 2 : 1;
  if (sel.kind === "node") return neighbourhood(index.dataset, sel.id, hops, v.visibleEdges);
  const edge = index.edges.get(sel.id);
  if (!edge) return null;
  if (v.focus === 0)
    return { nodes: new Set([edge.source, edge.target]), edges: new Set([edge.id]) };
  const a = neighbourhood(index.dataset, edge.source, hops, v.visibleEdges);
  const b = neighbourhood(index.dataset, edge.target, hops, v.visibleEdges);
  return {
    nodes: new Set([...a.nodes, ...b.nodes]),
    edges: new Set([...a.edges, ...b.edges, edge.id]),
  };
}
