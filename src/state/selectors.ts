import type { AppState } from "./store.ts";
import { indexDataset } from "../model/indexDataset.ts";

// Lookups by id go through the dataset's index: these run on every store change.

export const selectSelectedEdge = (s: AppState) =>
  s.selection?.kind === "edge"
    ? ((s.dataset && indexDataset(s.dataset).edges.get(s.selection.id)) ?? null)
    : null;

export const selectSelectedNode = (s: AppState) =>
  s.selection?.kind === "node"
    ? ((s.dataset && indexDataset(s.dataset).nodes.get(s.selection.id)) ?? null)
    : null;
