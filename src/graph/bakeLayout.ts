// Bake node positions at build time: fcose in headless Cytoscape with a seeded random source,
// so the same data gives byte-identical positions (a talk or an embed looks the same every load).
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import type { Dataset, GraphNode, UnplacedDataset } from "../model/types.ts";
import { withSeededRandom } from "./seededRandom.ts";
import { degrees, nodeSize } from "../model/picture/nodeSize.ts";
import { polishLayout } from "../model/picture/polishLayout.ts";
import { canvasName, textEms } from "../model/picture/wrapLabel.ts";
import { LARGE_GRAPH } from "./stylesheet.ts";
import { largeLayout } from "./largeLayout.ts";
import { LAYOUT_SEED } from "./layoutSeed.ts";

cytoscape.use(fcose);

export { LAYOUT_SEED };

/**
 * fcose's effort by graph size, measured on this project's 2-core machine: "proof" is fine for a
 * few hundred nodes; CA-GrQc (5,242 nodes) takes 280 s in "default" but 2 s in "draft" (spectral).
 */
function layoutOptions(nodes: number) {
  if (nodes <= 400) {
    return {
      quality: "proof",
      nodeSeparation: 100,
      idealEdgeLength: () => 90,
      nodeRepulsion: () => 30000,
      gravity: 0.25,
      gravityRange: 3.8,
      numIter: 5000,
    };
  }
  if (nodes <= 1200) return { quality: "default", numIter: 1000, idealEdgeLength: () => 80 };
  return { quality: "draft" };
}

/**
 * Seeded positions for a dataset: fcose and the finishing pass up to LARGE_GRAPH elements, the
 * multilevel ForceAtlas2 of largeLayout.ts above (fcose took 178 s and 4 GB for 100k nodes).
 */
export function bakeLayout(data: UnplacedDataset, seed = LAYOUT_SEED): Dataset {
  if (data.nodes.length + data.edges.length > LARGE_GRAPH) {
    const xy = largeLayout(
      data.nodes.map((n) => n.id),
      data.edges,
      seed,
    );
    const nodes: GraphNode[] = data.nodes.map((n, i) => {
      const p = xy[i] ?? { x: 0, y: 0 };
      return { ...n, position: { x: round(p.x), y: round(p.y) } };
    });
    return { ...data, nodes };
  }
  return bakeWithFcose(data, seed);
}

/** fcose in headless Cytoscape, then polishLayout for graphs drawn with every label. */
export function bakeWithFcose(data: UnplacedDataset, seed = LAYOUT_SEED): Dataset {
  const degree = degrees(data.nodes, data.edges);
  // Graphs drawn with every label and sized nodes get the finishing pass (see polishLayout).
  const small = data.nodes.length + data.edges.length <= LARGE_GRAPH;
  const sizeOf = (id: string) => nodeSize(degree.get(id) ?? 0);
  const hubs = hubRoom(data, degree);
  const positions = withSeededRandom(seed, () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      // Nodes are laid out at their drawn size, with room for a label below them.
      style: [
        {
          selector: "node",
          style: { width: "data(w)" as unknown as number, height: "data(h)" as unknown as number },
        },
      ],
      elements: [
        ...data.nodes.map((n) => ({
          group: "nodes" as const,
          data: { id: n.id, w: Math.max(60, sizeOf(n.id)), h: sizeOf(n.id) + 24 },
        })),
        ...data.edges.map((e) => ({
          group: "edges" as const,
          data: { id: e.id, source: e.source, target: e.target },
        })),
      ],
    });
    cy.layout({
      ...layoutOptions(data.nodes.length),
      name: "fcose",
      randomize: true,
      animate: false,
      fit: false,
      tile: true,
    } as unknown as cytoscape.LayoutOptions).run();
    // Draft (spectral) positions come at an arbitrary scale: stretch them so that a typical edge
    // is as long as the drawn nodes need.
    const k = data.nodes.length > 1200 ? stretchFactor(cy, 40) : 1;
    const placed = cy.nodes().map((n) => ({
      id: n.id(),
      x: n.position("x") * k,
      y: n.position("y") * k,
      r: sizeOf(n.id()) / 2,
      room: hubs.get(n.id()) ?? 0,
    }));
    cy.destroy();
    const finished = small
      ? polishLayout(placed, data.edges)
      : new Map(placed.map((p) => [p.id, { x: p.x, y: p.y }]));
    const out = new Map<string, { x: number; y: number }>();
    for (const [id, p] of finished) out.set(id, { x: round(p.x), y: round(p.y) });
    return out;
  });
  const nodes: GraphNode[] = data.nodes.map((n) => ({
    ...n,
    position: positions.get(n.id) ?? { x: 0, y: 0 },
  }));
  return { ...data, nodes };
}

const round = (v: number) => Math.round(v * 10) / 10 + 0; // + 0 turns -0 into 0

/** The factor that makes the median edge `target` units long. */
function stretchFactor(cy: cytoscape.Core, target: number): number {
  const lengths = cy
    .edges()
    .map((e) =>
      Math.hypot(
        e.source().position("x") - e.target().position("x"),
        e.source().position("y") - e.target().position("y"),
      ),
    )
    .filter((l) => l > 0)
    .sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)];
  return median ? target / median : 1;
}

/** The label size, in model units, that the hubs' room is measured for (~14 px at a laptop's fit). */
const HUB_LABEL_UNITS = 24;

/**
 * The best-connected tenth of the nodes (at most 12) keep room around them for their label, about
 * half its width: their labels are what a reader looks for first, and in the dense middle of a
 * graph their neighbours would otherwise leave no side free.
 */
function hubRoom(data: UnplacedDataset, degree: Map<string, number>): Map<string, number> {
  const count = Math.min(12, Math.ceil(data.nodes.length / 10));
  const hubs = [...data.nodes]
    .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1))
    .slice(0, count);
  return new Map(
    hubs.map((n) => [n.id, (Math.min(textEms(canvasName(n, "en")), 12) * HUB_LABEL_UNITS) / 2]),
  );
}
