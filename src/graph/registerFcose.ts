import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";

let registered = false;

/** Loaded on demand: the first view shows baked positions and never needs the layout engine. */
export function registerFcose() {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}
