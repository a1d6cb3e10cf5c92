import type { StylesheetJson } from "cytoscape";
import { TYPE_STYLE } from "./typeStyle.ts";
import { NODE_TYPES } from "../model/vocabulary.ts";

// A module constant: react-cytoscapejs diffs the stylesheet by reference.
export const STYLESHEET: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "font-size": 17,
      "font-family": "system-ui, sans-serif",
      color: "#1f2937",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "ellipsis",
      "text-max-width": "180px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.75,
      "text-background-padding": "1px",
      width: 30,
      height: 30,
      "border-width": 1.5,
      "border-color": "#ffffff",
    },
  },
  ...NODE_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { "background-color": TYPE_STYLE[type].color, shape: TYPE_STYLE[type].shape },
  })),
  {
    selector: "edge",
    style: {
      width: 2,
      "line-color": "#94a3b8",
      "curve-style": "bezier",
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
];
