// main.tsx imports this first, so the data request starts before the rest of the bundle (React,
// Cytoscape, the interface) is evaluated, and its response is in by the time that is done.
import { loadDataset } from "./loadDataset.ts";

export const datasetRequest = loadDataset();
