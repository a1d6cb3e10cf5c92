import type { ElementDefinition } from "cytoscape";
import type { Dataset, Position } from "../model/types.ts";
import { degrees, fitSizes, nodeSize } from "../model/picture/nodeSize.ts";
import { LARGE_GRAPH } from "./stylesheet.ts";
import { wrapLabel } from "../model/picture/wrapLabel.ts";
import { FILE_COLOR } from "../model/styleChoices.ts";
import { GAP_PX, labelUnits } from "./ReadableLabelController.tsx";
import { placeLabels, type LabelItem, type LabelSpot } from "../model/picture/labelPlaces.ts";
import { MAX_ZOOM, MIN_ZOOM } from "./fitView.ts";
import { labelBox, type MeasureLine } from "./labelBox.ts";

/** Label size (CSS px) a node starts with, until the label controller sizes it for the zoom. */
const FIRST_FONT = 13;

/** The canvas the first view is drawn on: see toElements. */
export interface FirstView {
  width: number;
  height: number;
  padding: number;
  /** The least connected node's label size on screen, in CSS pixels. */
  labelPx: number;
  /** Panels covering the canvas's edges, in pixels. */
  covered?: { left?: number; right: number; bottom: number };
  /**
   * A line's width in a font of `size` (canvas measureText, in Cytoscape's label font): with it
   * the labels' places are chosen here too, so the first frame styles every node once.
   */
  measure?: MeasureLine;
}

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
  first?: FirstView,
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
  const fit = first ? firstFit(dataset, sizes, portrait, first) : null;
  const zoom = fit?.zoom ?? null;
  const fsOf = (id: string) =>
    zoom && first ? labelUnits(first.labelPx, degree.get(id) ?? 0, maxDegree, zoom) : FIRST_FONT;
  // Each name wrapped once: drawn as it is, and measured as it will be drawn.
  const labels = dataset.nodes.map((n) => wrapLabel(nameOf(n.id)));
  const spots =
    fit && small && first?.measure
      ? firstPlaces(dataset, labels, sizes, portrait, fsOf, degree, fit, first, first.measure)
      : null;
  return [
    ...dataset.nodes.map((n, i) => {
      const name = nameOf(n.id);
      return {
        group: "nodes" as const,
        data: {
          id: n.id,
          label: labels[i],
          name,
          type: n.type,
          size: sizes[i],
          ...(scaled ? { scaled: scaled[i] } : {}),
          ...colorOf(n, style.colors),
          fs: fsOf(n.id),
          ...(spots ? { lp: spots.get(n.id) ?? "hidden" } : {}),
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

/** The camera fitViewport will give these nodes (their drawn extent, labels left out). */
function firstFit(
  dataset: Dataset,
  sizes: readonly number[],
  portrait: boolean,
  canvas: { width: number; height: number; padding: number },
): { zoom: number; cx: number; cy: number } | null {
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
  const zoom = Math.max(
    MIN_ZOOM,
    Math.min(MAX_ZOOM, w / Math.max(x2 - x1, 1), h / Math.max(y2 - y1, 1)),
  );
  return { zoom, cx: (x1 + x2) / 2, cy: (y1 + y2) / 2 };
}

/**
 * Where each label goes on the first frame: the label controller's rule (placeLabels) with the
 * labels measured here, at the first fit's camera. The controller's first pass then finds the
 * same places (or moves the few near what it alone knows of, such as the zoom buttons) instead
 * of restyling most nodes before the first frame.
 */
function firstPlaces(
  dataset: Dataset,
  /** Each node's label as drawn (wrapped), in the order of `dataset.nodes`. */
  labels: readonly string[],
  sizes: readonly number[],
  portrait: boolean,
  fsOf: (id: string) => number,
  degree: ReadonlyMap<string, number>,
  fit: { zoom: number; cx: number; cy: number },
  first: FirstView,
  measure: MeasureLine,
): Map<string, LabelSpot> | null {
  const items: LabelItem[] = [];
  for (const [i, n] of dataset.nodes.entries()) {
    const fs = fsOf(n.id);
    const box = labelBox(labels[i] ?? "", fs, measure);
    if (!box) return null;
    const p = placed(n.position, portrait);
    const r = (sizes[i] ?? 0) / 2;
    items.push({
      id: n.id,
      x: p.x,
      y: p.y,
      rx: r,
      ry: r,
      w: box.w,
      h: box.h,
      rank: 1,
      degree: degree.get(n.id) ?? 0,
      faded: false,
    });
  }
  const z = fit.zoom;
  const covered = first.covered ?? { right: 0, bottom: 0 };
  const view = {
    x1: fit.cx - first.width / 2 / z + (covered.left ?? 0) / z,
    x2: fit.cx + first.width / 2 / z - covered.right / z,
    y1: fit.cy - first.height / 2 / z,
    y2: fit.cy + first.height / 2 / z - covered.bottom / z,
  };
  return placeLabels(items, { view, gap: GAP_PX / z });
}
