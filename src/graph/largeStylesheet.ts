// Large graphs' stylesheets (over LARGE_GRAPH elements), loaded with such a graph: the first view
// of a small one carries none of this.
import type { StylesheetJson } from "cytoscape";
import { DARK_LABEL, LABEL, smallStylesheet, TYPE_RULES } from "./stylesheet.ts";

/** Large graphs: label size, and the on-screen size below which labels are not drawn. */
const SCALE_FONT_PX = 10;
const SCALE_NODE_SIZE = 8;
const SCALE_MIN_LABEL_PX = 14;
/** The zoom from which labels of large graphs are readable and drawn. */
export const SCALE_LABEL_ZOOM = SCALE_MIN_LABEL_PX / SCALE_FONT_PX;
/** Where a large graph's labels sit (model units), for choosing those that do not overlap. */
export const SCALE_LABEL_GEOMETRY = {
  fontSize: SCALE_FONT_PX,
  offsetY: SCALE_NODE_SIZE / 2 + LABEL["text-margin-y"],
  maxWidth: 180,
  // The label's backdrop padding and Cytoscape's 2-unit margin of error on its bounds, each side.
  gap: 6,
  nodeSize: SCALE_NODE_SIZE,
} as const;

/**
 * Large graphs (thousands of elements): small nodes, thin straight "haystack" edges without
 * arrows, and labels only when zoomed in or selected: what keeps the first paint, panning and
 * zooming fluid. A node has no label at all until it is selected or emphasised, or
 * LabelController marks it `labelled` because it came into view zoomed in: thousands of labels
 * are never measured. A stylesheet of its own, not the normal one with overrides: Cytoscape's
 * first style pass costs time for every property set on every element, so an element gets only
 * what differs from Cytoscape's defaults (a haystack edge without arrows is the default edge).
 */
function scaleStylesheet(dark: boolean): StylesheetJson {
  const amber = dark ? "#fbbf24" : "#f59e0b";
  const red = dark ? "#f87171" : "#b91c1c";
  return [
    { selector: "node", style: { width: SCALE_NODE_SIZE, height: SCALE_NODE_SIZE } },
    // Sizes a reader chose, or the file's own (large graphs' elements carry `scaled` only then).
    { selector: "node[scaled]", style: { width: "data(scaled)", height: "data(scaled)" } },
    ...TYPE_RULES,
    {
      selector: "edge",
      style: {
        width: 0.6,
        "line-color": dark ? "#64748b" : "#94a3b8",
        opacity: 0.55,
        // Not in Cytoscape's own hit test, which runs over every interactive element on every
        // mouse move (most of a hover's cost at 15,000 edges); a click still opens the nearest
        // edge (hitAt), and hover lights up nodes, as sigma.js does by default.
        events: "no",
      },
    },
    { selector: 'edge[certainty = "hedged"]', style: { "line-style": "dashed" } },
    {
      selector: 'edge[certainty = "disputed"]',
      style: { "line-style": "dotted", "line-color": red, width: 1.2 },
    },
    // Unsourced: finely dotted, as in the normal stylesheet.
    {
      selector: "edge[?unsourced]",
      style: { "line-style": "dashed", "line-dash-pattern": [2, 5] },
    },
    { selector: "edge[w > 0]", style: { width: "data(w)" } },
    {
      selector: "node.labelled, node.labelled-focus, node.selected, node.hovered",
      style: {
        label: "data(label)",
        "font-size": SCALE_FONT_PX,
        "min-zoomed-font-size": SCALE_MIN_LABEL_PX,
        ...(dark ? DARK_LABEL : LABEL),
      },
    },
    { selector: "node.emphasised", style: { width: 12, height: 12 } },
    // While a focus is shown, LabelController picks which of its labels fit (`labelled-focus`)
    // and silences the rest (`label-off`); labels outside the focus are silent too.
    { selector: "node.faded, node.label-off", style: { "text-opacity": 0 } },
    {
      selector: "node.selected, node.hovered",
      style: { "min-zoomed-font-size": 0, "text-opacity": 1, width: 12, height: 12 },
    },
    {
      selector: "node:selected, node.selected",
      style: { "border-color": amber, "border-width": 3 },
    },
    { selector: "edge.emphasised", style: { width: 1.5, opacity: 0.9 } },
    {
      selector: "edge:selected, edge.selected",
      style: { "line-color": amber, width: 2.5, opacity: 1, "z-index": 10 },
    },
    { selector: ".hidden", style: { display: "none" } },
    { selector: ".faded", style: { opacity: 0.18 } },
    // Hover lights up the neighbourhood alone: nothing else is restyled (HoverController).
    { selector: ".hover-in", style: { opacity: 1 } },
    { selector: "node.hover-in", style: { width: 12, height: 12 } },
    { selector: "edge.hover-in", style: { width: 1.5, opacity: 0.9 } },
  ];
}

export const SCALE_LIGHT: StylesheetJson = scaleStylesheet(false);
export const SCALE_DARK: StylesheetJson = scaleStylesheet(true);

/** Any of the canvas's stylesheets (for tests, the bench and drawings made off screen). */
export function pickStylesheet(stage: boolean, large: boolean, dark: boolean): StylesheetJson {
  if (large && !stage) return dark ? SCALE_DARK : SCALE_LIGHT;
  return smallStylesheet(stage, dark);
}
