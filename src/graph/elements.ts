import type { ElementDefinition } from "cytoscape";
import type { Dataset, Position } from "../model/types.ts";
import { degrees, fitSizes, nodeSize } from "../model/picture/nodeSize.ts";
import { LARGE_GRAPH } from "./stylesheet.ts";
import { wrapLabel } from "../model/picture/wrapLabel.ts";
import { FILE_COLOR } from "../model/styleChoices.ts";

/** Label size (CSS px) a node starts with, until the label controller sizes it for the zoom. */
const FIRST_FONT = 13;

/**
 * Dataset → Cytoscape elements, with baked positions (shown by the preset layout). `nameOf` gives
 * the name the canvas draws (wrapped to at most two lines here). On a portrait screen the picture
 * is turned a quarter (baked layouts are wide), so it fills a tall canvas too.
 */
export function toElements(
  dataset: Dataset,
  nameOf: (id: string) => string,
  portrait = false,
  /** Colours and sizes the reader chose (style by data); the type colours and degree otherwise. */
  style: {
    colors?: ReadonlyMap<string, string> | null;
    sizes?: ReadonlyMap<string, number> | null;
  } = {},
): ElementDefinition[] {
  const degree = degrees(dataset.nodes, dataset.edges);
  // Large graphs are drawn with small nodes of one size (the scale stylesheets).
  const small = dataset.nodes.length + dataset.edges.length <= LARGE_GRAPH;
  const byDegree = dataset.nodes.map(
    (n) => style.sizes?.get(n.id) ?? nodeSize(degree.get(n.id) ?? 0),
  );
  // A large graph's nodes are small (8 units) unless a size was chosen or came with the file:
  // then a quarter of the usual scale (5–16 units).
  const sizes = small
    ? fitSizes(
        dataset.nodes.map((n) => n.position),
        byDegree,
      )
    : byDegree;
  const scaled = !small && style.sizes ? byDegree.map((s) => Math.round(s / 4)) : null;
  return [
    ...dataset.nodes.map((n, i) => {
      const name = nameOf(n.id);
      return {
        group: "nodes" as const,
        data: {
          id: n.id,
          label: wrapLabel(name),
          name,
          type: n.type,
          size: sizes[i],
          ...(scaled ? { scaled: scaled[i] } : {}),
          ...colorOf(n, style.colors),
          fs: FIRST_FONT,
        },
        position: placed(n.position, portrait),
      };
    }),
    ...dataset.edges.map((e) => ({
      group: "edges" as const,
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        certainty: e.certainty,
        unsourced: e.unsourced === true,
        undirected: e.undirected === true,
      },
    })),
  ];
}

/** A baked position as drawn: as baked, or turned a quarter clockwise for a portrait screen. */
export function placed(p: Position, portrait: boolean): Position {
  return portrait ? { x: -p.y + 0, y: p.x } : { x: p.x, y: p.y };
}

/** A colour the reader chose, else the file's own (GEXF viz:color, drawn from the first frame). */
function colorOf(
  n: Dataset["nodes"][number],
  chosen: ReadonlyMap<string, string> | null | undefined,
): { color?: string } {
  const color = chosen?.get(n.id) ?? n.attributes?.[FILE_COLOR];
  return typeof color === "string" ? { color } : {};
}
