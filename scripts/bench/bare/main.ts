// The benchmark's baseline: bare Cytoscape (the stock package) drawing the same picture as the
// app: the same elements (ids, labels, types, certainty) at their baked positions, with the
// app's own stylesheet and large-graph settings, fitted the same way. What the app adds on top
// (React, its interface, quotes, the address bar) is what the ratio measures.
import cytoscape from "cytoscape";
import { toElements } from "../../../src/graph/elements.ts";
import { LARGE_GRAPH } from "../../../src/graph/stylesheet.ts";
import { pickStylesheet } from "../../../src/graph/largeStylesheet.ts";
import type { Dataset } from "../../../src/model/types.ts";
import { markReadyAndExpose } from "../bareProbe.ts";

const response = await fetch("graph.json");
if (!response.ok) throw new Error(`graph.json: HTTP ${response.status}`);
const graph = (await response.json()) as Dataset;
const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
const elements = toElements(graph, (id) => labels.get(id) ?? id);
const large = elements.length > LARGE_GRAPH;

const cy = cytoscape({
  container: document.getElementById("cy"),
  elements,
  layout: { name: "preset", fit: true, padding: 40 },
  style: pickStylesheet(false, large, false),
  hideEdgesOnViewport: large,
  boxSelectionEnabled: false,
  minZoom: 0.15,
  maxZoom: 4,
});
markReadyAndExpose(cy);

// The nearest equivalents of the app's interactions, for the bench's interaction figures:
// hover lights the node's neighbourhood, a tap selects, "f" hides the type the bench names.
cy.on("mouseover", "node", (e) => {
  cy.batch(() => e.target.closedNeighborhood().addClass("hover-in"));
});
cy.on("mouseout", "node", () => {
  cy.batch(() => cy.elements(".hover-in").removeClass("hover-in"));
});
cy.on("tap", "node", (e) => {
  cy.batch(() => {
    cy.elements(".selected").removeClass("selected");
    e.target.addClass("selected");
  });
});
window.addEventListener("keydown", (e) => {
  const type = (window as { __benchHideType?: string }).__benchHideType;
  if (e.key !== "f" || !type) return;
  cy.batch(() => {
    const hide = cy.nodes().filter((n) => n.data("type") === type);
    hide.union(hide.connectedEdges()).addClass("hidden");
  });
});
