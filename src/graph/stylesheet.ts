import type { StylesheetJson } from "cytoscape";
import { TYPE_STYLE } from "./typeStyle.ts";
import { NODE_TYPES } from "../model/vocabulary.ts";

// Module constants: react-cytoscapejs diffs the stylesheet by reference.

/**
 * Where a label may sit around its node, in the order ReadableLabelController tries them; every
 * place but the first (below, the default) is a class `label-<place>`.
 */
export const LABEL_PLACES = [
  "bottom",
  "right",
  "top",
  "left",
  "bottom-right",
  "bottom-left",
  "top-right",
  "top-left",
] as const;
export type LabelPlace = (typeof LABEL_PLACES)[number];

type Valign = "top" | "center" | "bottom";
type Halign = "left" | "center" | "right";

/** Cytoscape's alignment and margins (model units) for a label at `place`. */
function placeStyle(place: LabelPlace) {
  const [first, second] = place.split("-") as [string, string | undefined];
  const side = first === "left" || first === "right";
  const valign = (side ? "center" : first) as Valign;
  const halign = (side ? first : (second ?? "center")) as Halign;
  return {
    "text-valign": valign,
    "text-halign": halign,
    "text-margin-x": side ? (halign === "right" ? 4 : -4) : 0,
    "text-margin-y": side ? 0 : valign === "top" ? -4 : 4,
  };
}

/** How a node's label looks, wherever one is drawn. */
const LABEL = {
  "font-family": "system-ui, sans-serif",
  color: "#1f2937",
  "text-valign": "bottom",
  "text-margin-y": 4,
  // Labels come wrapped to at most two lines (src/model/picture/wrapLabel.ts): break only there.
  "text-wrap": "wrap",
  "text-max-width": "1000px",
  "text-background-color": "#ffffff",
  "text-background-opacity": 0.75,
  "text-background-padding": "1px",
} as const;
const DARK_LABEL = { ...LABEL, color: "#f1f5f9", "text-background-color": "#0f172a" } as const;

const TYPE_RULES: StylesheetJson = [
  ...NODE_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { "background-color": TYPE_STYLE[type].color, shape: TYPE_STYLE[type].shape },
  })),
  // Style by data: a colour the reader chose (community, an attribute) wins over the type's.
  { selector: "node[color]", style: { "background-color": "data(color)" } },
];

const BASE: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      // Set for the zoom by ReadableLabelController, so that labels keep their size on screen.
      "font-size": "data(fs)",
      ...LABEL,
      // Size by number of relations (src/model/picture/nodeSize.ts).
      width: "data(size)",
      height: "data(size)",
      "border-width": 1.5,
      "border-color": "#ffffff",
    },
  },
  ...TYPE_RULES,
  {
    selector: "edge",
    style: {
      width: 2,
      "line-color": "#94a3b8",
      "curve-style": "bezier",
      // Two relations between the same pair bow apart only a little, so neither passes a node.
      "control-point-step-size": 16,
      "target-arrow-shape": "triangle",
      "target-arrow-color": "#94a3b8",
      "arrow-scale": 0.7,
    },
  },
  { selector: 'edge[certainty = "hedged"]', style: { "line-style": "dashed" } },
  {
    selector: 'edge[certainty = "disputed"]',
    style: {
      "line-style": "dotted",
      "line-color": "#b91c1c",
      "target-arrow-color": "#b91c1c",
      width: 2.5,
    },
  },
  {
    selector: "edge:selected, edge.selected",
    style: { "line-color": "#f59e0b", "target-arrow-color": "#f59e0b", width: 4, "z-index": 10 },
  },
  {
    selector: "node:selected, node.selected",
    style: { "border-color": "#f59e0b", "border-width": 4 },
  },
  {
    // Asserted by the data, supported by no quote: faint, finely dotted, never mistaken for sourced.
    selector: "edge[?unsourced]",
    style: { width: 1, "line-style": "dashed", "line-dash-pattern": [2, 5], opacity: 0.75 },
  },
  { selector: "edge[?undirected]", style: { "target-arrow-shape": "none" } },
  // Edge width by data (weight), chosen in Style: over certainty's widths, under selection's.
  { selector: "edge[w > 0]", style: { width: "data(w)" } },
  { selector: ".hidden", style: { display: "none" } },
  { selector: ".faded", style: { opacity: 0.18 } },
  { selector: "edge.emphasised", style: { width: 3 } },
  // A label that would cover another is kept, measured, but not drawn (ReadableLabelController).
  { selector: "node.label-hidden", style: { "text-opacity": 0 } },
  // Where a label goes when below its node it would cover another (ReadableLabelController).
  ...LABEL_PLACES.slice(1).map((place) => ({
    selector: `node.label-${place}`,
    style: placeStyle(place),
  })),
  // Hover (HoverController) lights up a neighbourhood over the selection's emphasis and dims the
  // rest; the hovered edge's own colour below stays on top.
  { selector: ".hover-out", style: { opacity: 0.18 } },
  { selector: ".hover-in", style: { opacity: 1 } },
  { selector: "edge[?unsourced].hover-in", style: { opacity: 0.75 } },
  { selector: "edge.hover-in", style: { width: 3 } },
  // The edge under the pointer: what a click opens.
  {
    selector: "edge.hovered",
    style: { "line-color": "#2563eb", "target-arrow-color": "#2563eb", width: 4, "z-index": 9 },
  },
  { selector: "node.hovered, node.selected", style: { "z-index": 10 } },
  // The node stepped to with [ and ] on the keyboard.
  {
    selector: "node.keyboard",
    style: { "outline-width": 3, "outline-color": "#2563eb", "outline-offset": 3 },
  },
];

export const LIGHT_STYLESHEET: StylesheetJson = BASE;

export const DARK_STYLESHEET: StylesheetJson = [
  ...BASE,
  {
    selector: "node",
    style: {
      color: DARK_LABEL.color,
      "text-background-color": DARK_LABEL["text-background-color"],
      "border-color": "#0f172a",
    },
  },
  { selector: "edge", style: { "line-color": "#64748b", "target-arrow-color": "#64748b" } },
  {
    selector: 'edge[certainty = "disputed"]',
    style: { "line-color": "#f87171", "target-arrow-color": "#f87171" },
  },
  { selector: "edge.hovered", style: { "line-color": "#60a5fa", "target-arrow-color": "#60a5fa" } },
  {
    selector: "edge:selected, edge.selected",
    style: { "line-color": "#fbbf24", "target-arrow-color": "#fbbf24" },
  },
];

/** The stage theme for talks: black ground, bright marks, white labels (high contrast). */
export const STAGE_STYLESHEET: StylesheetJson = [
  ...BASE,
  {
    selector: "node",
    style: {
      color: "#ffffff",
      "text-background-color": "#000000",
      "text-background-opacity": 0.8,
      "border-color": "#000000",
    },
  },
  {
    selector: "edge",
    style: { "line-color": "#94a3b8", "target-arrow-color": "#94a3b8", width: 3 },
  },
  {
    selector: "edge.emphasised",
    style: { "line-color": "#fbbf24", "target-arrow-color": "#fbbf24", width: 6 },
  },
  { selector: ".faded", style: { opacity: 0.12 } },
  { selector: "node.faded", style: { "text-opacity": 0 } },
];

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

/** Above this many elements (nodes + edges), draw for speed (SCALE_LIGHT and SCALE_DARK). */
export const LARGE_GRAPH = 2000;

export function pickStylesheet(stage: boolean, large: boolean, dark: boolean): StylesheetJson {
  if (stage) return STAGE_STYLESHEET;
  if (large) return dark ? SCALE_DARK : SCALE_LIGHT;
  return dark ? DARK_STYLESHEET : LIGHT_STYLESHEET;
}
