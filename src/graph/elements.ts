import type { ElementDefinition } from "cytoscape";
import type { Dataset, Position } from "../model/types.ts";
import { degrees, fitSizes, nodeSize } from "../model/picture/nodeSize.ts";
import { LARGE_GRAPH } from "./stylesheet.ts";
import { wrapLabel } from "../model/picture/wrapLabel.ts";
import { FILE_COLOR } from "../model/styleChoices.ts";
import { labelUnits } from "./ReadableLabelController.tsx";
import { MAX_ZOOM, MIN_ZOOM } from "./fitView.ts";

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
    /** Edge widths by data (weight); the stylesheet's widths otherwise. */
    widths?: ReadonlyMap<string, number> | null;
  } = {},
  /**
   * The canvas the picture will be fitted to, and the label size on screen: labels then start at
   * the size the first fit gives them, and the label controller's first pass restyles nothing.
   */
  first?: { width: number; height: number; padding: number; labelPx: number },
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
  const maxDegree = Math.max(1, ...degree.values());
  const zoom = first ? firstZoom(dataset, sizes, portrait, first) : null;
  const fsOf = (id: string) =>
    zoom && first ? labelUnits(first.labelPx, degree.get(id) ?? 0, maxDegree, zoom) : FIRST_FONT;
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
          fs: fsOf(n.id),
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
        ...widthOf(e.id, style.widths),
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

/**
 * A width by data (`w`, drawn by the stylesheets' `edge[w > 0]`), else 0: always set, because a
 * changed element's data is merged, so a field left out would keep its old width.
 */
function widthOf(id: string, widths: ReadonlyMap<string, number> | null | undefined) {
  return { w: widths?.get(id) ?? 0 };
}

/** The zoom at which fitViewport will show these nodes (their drawn extent, labels left out). */
function firstZoom(
  dataset: Dataset,
  sizes: readonly number[],
  portrait: boolean,
  canvas: { width: number; height: number; padding: number },
): number | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  dataset.nodes.forEach((n, i) => {
    const p = placed(n.position, portrait);
    const r = (sizes[i] ?? 0) / 2;
    x1 = Math.min(x1, p.x - r);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r);
    y2 = Math.max(y2, p.y + r);
  });
  const w = canvas.width - 2 * canvas.padding;
  const h = canvas.height - 2 * canvas.padding;
  if (!(x2 > x1) || w <= 0 || h <= 0) return null;
  return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, w / Math.max(x2 - x1, 1), h / Math.max(y2 - y1, 1)));
}
