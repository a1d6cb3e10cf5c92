// Bake node positions at build time: fcose in headless Cytoscape with a seeded random source,
// so the same data gives byte-identical positions (a talk or an embed looks the same every load).
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import type { Dataset, GraphNode, UnplacedDataset } from "../model/types.ts";
import { withSeededRandom } from "./seededRandom.ts";

cytoscape.use(fcose);

export const LAYOUT_SEED = 20240216;

export function bakeLayout(data: UnplacedDataset, seed = LAYOUT_SEED): Dataset {
  const positions = withSeededRandom(seed, () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      // Nodes are laid out with room for their label below them.
      style: [{ selector: "node", style: { width: 70, height: 40 } }],
      elements: [
        ...data.nodes.map((n) => ({ group: "nodes" as const, data: { id: n.id } })),
        ...data.edges.map((e) => ({
          group: "edges" as const,
          data: { id: e.id, source: e.source, target: e.target },
        })),
      ],
    });
    cy.layout({
      name: "fcose",
      quality: "proof",
      randomize: true,
      animate: false,
      fit: false,
      nodeSeparation: 120,
      idealEdgeLength: () => 110,
      nodeRepulsion: () => 45000,
      gravity: 0.15,
      gravityRange: 3.8,
      numIter: 5000,
      tile: true,
    } as cytoscape.LayoutOptions).run();
    const out = new Map<string, { x: number; y: number }>();
    cy.nodes().forEach((n) => {
      const p = n.position();
      out.set(n.id(), { x: round(p.x), y: round(p.y) });
    });
    cy.destroy();
    return out;
  });
  const nodes: GraphNode[] = data.nodes.map((n) => ({
    ...n,
    position: positions.get(n.id) ?? { x: 0, y: 0 },
  }));
  return { ...data, nodes };
}

const round = (v: number) => Math.round(v * 10) / 10 + 0; // + 0 turns -0 into 0
