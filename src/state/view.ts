// Everything that makes a view shareable: it lives in the URL (see url.ts and the README).
import type { Filters } from "../model/filters.ts";
import { NO_FILTERS } from "../model/filters.ts";
import { DEFAULT_STYLE, type Style } from "../model/styleChoices.ts";

export type Selection = { kind: "node"; id: string } | { kind: "edge"; id: string } | null;
export type Lang = "en" | "zh";
export type Mode = "graph" | "table";

export interface Reader {
  sourceId: string;
  /** The highlighted quote, as UTF-16 offsets into the source text. */
  start?: number;
  end?: number;
}

export interface Camera {
  zoom: number;
  x: number;
  y: number;
}

export interface ViewState {
  selection: Selection;
  reader: Reader | null;
  filters: Filters;
  /** Neighbourhood of the selection to emphasise: 0 = off. */
  focus: 0 | 1 | 2;
  /** Hide everything outside the focus. */
  only: boolean;
  path: { from: string; to: string } | null;
  lang: Lang | null;
  mode: Mode;
  camera: Camera | null;
  /** Embedded in another page (an iframe): graph, compact evidence drawer, link to the full view. */
  embed: boolean;
  /** Presentation mode: a story and its step (0-based here, 1-based in the URL). */
  present: { story: string; step: number } | null;
  /** The presenter's window (notes, next step, timer) rather than the audience's. */
  presenter: boolean;
  /** What colours and sizes the nodes (by type and relations unless the reader chose). */
  style: Style;
}

export const DEFAULT_VIEW: ViewState = {
  selection: null,
  reader: null,
  filters: NO_FILTERS,
  focus: 0,
  only: false,
  path: null,
  lang: null,
  mode: "graph",
  camera: null,
  embed: false,
  present: null,
  presenter: false,
  style: DEFAULT_STYLE,
};
