import type { AppState } from "./store.ts";

export const selectSelectedEdge = (s: AppState) =>
  s.selection?.kind === "edge"
    ? (s.dataset?.edges.find((e) => e.id === s.selection?.id) ?? null)
    : null;

export const selectSelectedNode = (s: AppState) =>
  s.selection?.kind === "node"
    ? (s.dataset?.nodes.find((n) => n.id === s.selection?.id) ?? null)
    : null;
