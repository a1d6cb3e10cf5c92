// The app store: dataset + the shareable view (view.ts) + transient UI state.
// Actions are verbs; components read through select* selectors.
import { create } from "zustand";
import type { Dataset } from "../model/types.ts";
import { NO_FILTERS, type Filters } from "../model/filters.ts";
import { indexDataset } from "../model/indexDataset.ts";
import { defaultStyle, type Style } from "../model/styleChoices.ts";
import type { UrlBase } from "./url.ts";
import { DEFAULT_VIEW, type Camera, type Lang, type Mode, type ViewState } from "./view.ts";

export type { Selection } from "./view.ts";

/**
 * A quiet notice; one with details (an import's notes) shows them behind a disclosure; one with
 * `builtIn` offers the way back to the built-in network (a file opened is kept until then).
 */
export type Notice = string | { text: string; details: string[]; builtIn?: boolean };

/** Files being opened: their names, and how the reader stops the work (the graph stays). */
export interface Opening {
  names: string;
  stop(): void;
}

export interface AppState extends ViewState {
  dataset: Dataset | null;
  /** Which of a bundle's networks is shown (`?data=`), or null for its first (or a file opened). */
  network: string | null;
  loadError: string | null;
  notices: Notice[];
  /** Why the last file brought in could not be opened (the graph on screen stays). */
  importProblems: string[];
  /** The files being opened, while they are read and laid out, and how to stop that. */
  opening: Opening | null;
  /** Bumped whenever a new dataset replaces the old one (the canvas starts afresh). */
  datasetVersion: number;
  /** The graph has been drawn once: work the first view does not need may start. */
  graphDrawn: boolean;
  /** The relations whose quotes hold the query being typed (emphasised on the canvas). */
  searchMatches: { query: string; edges: readonly string[] } | null;
  /** The quote to bring into view in the open relation's panel (chosen from search). */
  focusedQuote: { edgeId: string; evidence: number } | null;
  /** Bumped to ask the canvas to re-run the force layout (>0) or restore baked positions (0). */
  layoutRun: number;
  setDataset(dataset: Dataset, network?: string | null): void;
  /** Another network in place of the one shown, with its view: one change (one history entry). */
  openDataset(dataset: Dataset, view: ViewState): void;
  setLoadError(message: string): void;
  setImportProblems(problems: string[]): void;
  setOpening(opening: Opening | null): void;
  applyView(view: ViewState): void;
  selectNode(id: string): void;
  selectEdge(id: string): void;
  clearSelection(): void;
  /** Open a relation with one of its quotes in view (a search result). */
  selectQuote(edgeId: string, evidence: number): void;
  setSearchMatches(matches: { query: string; edges: readonly string[] } | null): void;
  openSource(sourceId: string, start?: number, end?: number): void;
  closeReader(): void;
  setFilters(patch: Partial<Filters>): void;
  setStyle(patch: Partial<Style>): void;
  resetFilters(): void;
  setFocus(focus: 0 | 1 | 2): void;
  setOnly(only: boolean): void;
  showPath(from: string, to: string): void;
  clearPath(): void;
  setLang(lang: Lang): void;
  setMode(mode: Mode): void;
  setCamera(camera: Camera | null): void;
  setGraphDrawn(): void;
  rerunLayout(): void;
  restoreLayout(): void;
  addNotices(notices: Notice[]): void;
  startStory(story: string): void;
  goToStep(step: number): void;
  stopStory(): void;
  dismissNotice(index: number): void;
}

export const useAppStore = create<AppState>()((set) => ({
  ...DEFAULT_VIEW,
  dataset: null,
  network: null,
  loadError: null,
  notices: [],
  importProblems: [],
  opening: null,
  datasetVersion: 0,
  graphDrawn: false,
  layoutRun: 0,
  searchMatches: null,
  focusedQuote: null,
  setDataset: (dataset, network = null) =>
    set((s) => ({ dataset, network, loadError: null, datasetVersion: s.datasetVersion + 1 })),
  openDataset: (dataset, view) =>
    set((s) => ({
      dataset,
      network: null,
      loadError: null,
      datasetVersion: s.datasetVersion + 1,
      ...view,
    })),
  setImportProblems: (importProblems) => set({ importProblems }),
  setOpening: (opening) => set({ opening }),
  setLoadError: (loadError) => set({ loadError }),
  applyView: (view) => set({ ...view }),
  selectNode: (id) => set({ selection: { kind: "node", id }, reader: null, focusedQuote: null }),
  selectEdge: (id) => set({ selection: { kind: "edge", id }, reader: null, focusedQuote: null }),
  clearSelection: () =>
    set({ selection: null, reader: null, focus: 0, only: false, focusedQuote: null }),
  selectQuote: (edgeId, evidence) =>
    set({
      selection: { kind: "edge", id: edgeId },
      reader: null,
      focusedQuote: { edgeId, evidence },
    }),
  setSearchMatches: (searchMatches) => set({ searchMatches }),
  openSource: (sourceId, start, end) =>
    set({
      reader: start !== undefined && end !== undefined ? { sourceId, start, end } : { sourceId },
    }),
  closeReader: () => set({ reader: null }),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  resetFilters: () => set({ filters: NO_FILTERS }),
  setStyle: (patch) => set((s) => ({ style: { ...s.style, ...patch } })),
  setFocus: (focus) => set((s) => ({ focus, only: focus === 0 ? false : s.only })),
  setOnly: (only) => set((s) => ({ only, focus: only && s.focus === 0 ? 1 : s.focus })),
  showPath: (from, to) => set({ path: { from, to } }),
  clearPath: () => set({ path: null }),
  setLang: (lang) => set({ lang }),
  setMode: (mode) => set({ mode }),
  setCamera: (camera) => set({ camera }),
  setGraphDrawn: () => set({ graphDrawn: true }),
  rerunLayout: () => set((s) => ({ layoutRun: s.layoutRun + 1 })),
  restoreLayout: () => set({ layoutRun: 0 }),
  startStory: (story) =>
    set({ present: { story, step: 0 }, presenter: false, selection: null, reader: null }),
  goToStep: (step) =>
    set((s) => {
      if (!s.present || !s.dataset) return {};
      const story = indexDataset(s.dataset).stories.get(s.present.story);
      if (!story) return {};
      return {
        present: { story: story.id, step: Math.max(0, Math.min(step, story.steps.length - 1)) },
      };
    }),
  stopStory: () => set({ present: null, presenter: false }),
  addNotices: (notices) => set((s) => ({ notices: [...s.notices, ...notices] })),
  dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
}));

/** What the address of a view adds or leaves out for the network shown (see serializeView). */
export const urlBaseOf = (s: Pick<AppState, "dataset" | "network">): UrlBase => ({
  style: s.dataset ? defaultStyle(s.dataset) : undefined,
  data: s.network,
});

export function viewOf(s: AppState): ViewState {
  return {
    selection: s.selection,
    reader: s.reader,
    filters: s.filters,
    focus: s.focus,
    only: s.only,
    path: s.path,
    lang: s.lang,
    mode: s.mode,
    camera: s.camera,
    embed: s.embed,
    present: s.present,
    presenter: s.presenter,
    style: s.style,
  };
}
