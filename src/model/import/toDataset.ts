// From an imported graph to a dataset without positions: labels, types and evidence resolved,
// duplicate and reciprocal edges merged, every decision written into the report.
import type { Source } from "../types.ts";
import { NODE_TYPES } from "../vocabulary.ts";
import { UNTYPED, type ImportedDataset, type ImportedDatasetNode } from "./importedDataset.ts";
import { count } from "./lines.ts";
import { mergeEdges } from "./mergeEdges.ts";
import type { ImportedGraph, ImportReport } from "./types.ts";

export function importedToDataset(
  g: ImportedGraph,
  fileName: string,
): { dataset: ImportedDataset; report: ImportReport } {
  const notes = [...(g.notes ?? [])];
  const sources: Source[] = (g.sources ?? []).map((s) => ({
    id: s.id,
    title: s.title ?? s.id,
    publisher: "",
    language: "und",
    text: s.text ?? "",
    ...(s.url === undefined ? {} : { url: s.url }),
  }));
  if (sources.length > 0) {
    notes.push(
      `${count(sources.length, "source")}: publisher left empty and language "und" (the file gives neither).`,
    );
  }
  const nodes = g.nodes.map((n): ImportedDatasetNode => {
    const raw = n.type?.trim();
    const nodeType = NODE_TYPES.find((t) => t === raw?.toLowerCase());
    return {
      id: n.id,
      type: raw || UNTYPED,
      ...(nodeType ? { nodeType } : {}),
      label: n.label?.trim() || n.id,
      aliases: [],
      ...(n.position ? { position: n.position } : {}),
      attributes: n.attributes,
    };
  });
  const unlabelled = g.nodes.filter((n) => !n.label?.trim()).length;
  if (unlabelled > 0)
    notes.push(`${count(unlabelled, "node")} without a label: the id is shown instead.`);
  notes.push(
    ...typeNotes(
      nodes.map((n) => [n.type, n.nodeType !== undefined]),
      "node",
    ),
  );

  const merged = mergeEdges(g.edges, sources);
  notes.push(...merged.notes);
  notes.push(
    ...typeNotes(
      merged.edges.map((e) => [e.type, e.relationType !== undefined]),
      "edge",
    ),
  );

  const degree = new Map<string, number>();
  for (const e of merged.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const isolatedNodes = nodes.filter((n) => !degree.has(n.id)).length;
  if (isolatedNodes > 0) notes.push(`${count(isolatedNodes, "node")} without any edge: kept.`);
  const placed = nodes.filter((n) => n.position).length;
  const positions = nodes.length > 0 && placed === nodes.length;
  notes.push(
    positions
      ? "Every node has a position from the file."
      : placed > 0
        ? `Only ${placed} of ${nodes.length} nodes have a position in the file: the graph needs a layout.`
        : "The file gives no positions: the graph needs a layout.",
  );
  const report: ImportReport = {
    format: g.format ?? (fileName.split(".").pop() ?? "").toUpperCase(),
    nodes: nodes.length,
    edges: merged.edges.length,
    duplicateEdges: merged.duplicateEdges,
    reciprocalEdges: merged.reciprocalEdges,
    selfLoops: merged.edges.filter((e) => e.source === e.target).length,
    isolatedNodes,
    positions,
    notes,
  };
  return { dataset: { schemaVersion: 1, sources, nodes, edges: merged.edges }, report };
}

/** "Node types: person 3, lab 1, city 5 (not Quotegraph types: city; kept as given)." */
function typeNotes(items: [string, boolean][], kind: "node" | "edge"): string[] {
  const counts = new Map<string, { n: number; known: boolean }>();
  for (const [type, known] of items) {
    const c = counts.get(type) ?? { n: 0, known };
    c.n++;
    counts.set(type, c);
  }
  if (counts.size === 0) return [];
  if (counts.size === 1 && counts.has(UNTYPED)) {
    return [`No ${kind} has a type: all are "${UNTYPED}".`];
  }
  const list = [...counts].sort((a, b) => b[1].n - a[1].n);
  const shown = list.slice(0, 12).map(([t, c]) => `${t} ${c.n.toLocaleString("en-US")}`);
  const more = list.length > 12 ? `, and ${list.length - 12} more` : "";
  const unknown = list.filter(([t, c]) => !c.known && t !== UNTYPED).map(([t]) => t);
  const vocabulary = kind === "node" ? "node" : "relation";
  const tail =
    unknown.length === 0
      ? ""
      : ` (not Quotegraph ${vocabulary} types, kept as given: ${unknown.slice(0, 12).join(", ")}${unknown.length > 12 ? ", …" : ""})`;
  return [`${kind === "node" ? "Node" : "Edge"} types: ${shown.join(", ")}${more}${tail}.`];
}
