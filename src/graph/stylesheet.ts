import type { StylesheetJson } from "cytoscape";
import { TYPE_STYLE } from "./typeStyle.ts";
import { NODE_TYPES } from "../model/vocabulary.ts";
import { LABEL_PLACES, type LabelPlace } from "../model/picture/labelPlaces.ts";

// Module constants: react-cytoscapejs diffs the stylesheet by reference.

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
export const LABEL = {
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
export const DARK_LABEL = {
  ...LABEL,
  color: "#f1f5f9",
  "text-background-color": "#0f172a",
} as const;

export const TYPE_RULES: StylesheetJson = [
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
  { selector: 'node[lp = "hidden"]', style: { "text-opacity": 0 } },
  // Where a label goes when below its node it would cover another (ReadableLabelController).
  ...LABEL_PLACES.slice(1).map((place) => ({
    selector: `node[lp = "${place}"]`,
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

/** Above this many elements (nodes + edges), draw for speed (src/graph/largeStylesheet.ts). */
export const LARGE_GRAPH = 2000;

/**
 * The stylesheet for a graph up to LARGE_GRAPH, or on stage. Large graphs' (SCALE_LIGHT and
 * SCALE_DARK) load with them: src/graph/largeStylesheet.ts, whose pickStylesheet picks any.
 */
export function smallStylesheet(stage: boolean, dark: boolean): StylesheetJson {
  if (stage) return STAGE_STYLESHEET;
  return dark ? DARK_STYLESHEET : LIGHT_STYLESHEET;
}
