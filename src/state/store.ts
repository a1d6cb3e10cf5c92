// The app store: one zustand store built from small slices. Actions are verbs; read with select*.
import { create } from "zustand";
import type { Dataset } from "../model/types.ts";

export type Selection = { kind: "node"; id: string } | { kind: "edge"; id: string } | null;

export interface AppState {
  dataset: Dataset | null;
  loadError: string | null;
  selection: Selection;
  setDataset(dataset: Dataset): void;
  setLoadError(message: string): void;
  selectNode(id: string): void;
  selectEdge(id: string): void;
  clearSelection(): void;
}

export const useAppStore = create<AppState>()((set) => ({
  dataset: null,
  loadError: null,
  selection: null,
  setDataset: (dataset) => set({ dataset, loadError: null }),
  setLoadError: (loadError) => set({ loadError }),
  selectNode: (id) => set({ selection: { kind: "node", id } }),
  selectEdge: (id) => set({ selection: { kind: "edge", id } }),
  clearSelection: () => set({ selection: null }),
}));
