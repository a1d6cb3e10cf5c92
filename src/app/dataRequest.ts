// main.tsx imports this first. A served build's index.html has already requested and parsed
// graph.json by now (scripts/dataPlugin.ts), so the first render can start in the task that
// evaluates the modules; elsewhere (dev server) the request starts here, before the rest of the
// bundle (React, Cytoscape, the interface) is evaluated. The address may name another of the
// bundle's networks (`?data=`), or a file the reader opened may be kept: see firstDataset.
import { firstDataset } from "./loadDataset.ts";

export const datasetRequest = firstDataset();
