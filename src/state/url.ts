// The URL form of a view. Documented in README.md ("Every view is a link").
// Parsing never throws: unknown or malformed parameters are dropped with a notice.
import type { Dataset } from "../model/types.ts";
import {
  NODE_TYPES,
  RELATION_TYPE_IDS,
  type NodeType,
  type RelationType,
} from "../model/vocabulary.ts";
import { CERTAINTIES, type Grade } from "../model/filters.ts";
import { DEFAULT_VIEW, type Camera, type ViewState } from "./view.ts";
import { indexDataset } from "../model/indexDataset.ts";
import {
  DEFAULT_STYLE,
  defaultStyle,
  edgeWidthChoices,
  styleChoices,
  type Style,
} from "../model/styleChoices.ts";

const KNOWN = new Set([
  "node",
  "edge",
  "source",
  "quote",
  "hide",
  "hideRel",
  "hideSrc",
  "hideCert",
  "years",
  "focus",
  "only",
  "path",
  "lang",
  "mode",
  "cam",
  "embed",
  "present",
  "step",
  "presenter",
  "color",
  "size",
  "width",
  // Which of a bundle's networks (read by src/app/loadDataset.ts, kept by serializeView).
  "data",
]);

export interface ParsedView {
  view: ViewState;
  notices: string[];
}

export function parseView(search: string, dataset: Dataset): ParsedView {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const { nodes: nodeIds, edges: edgeIds, sources, stories } = indexDataset(dataset);
  const view: ViewState = {
    ...DEFAULT_VIEW,
    filters: { ...DEFAULT_VIEW.filters },
    style: defaultStyle(dataset),
  };
  const ignore = (name: string, value: string, why: string) =>
    notices.push(`Ignored ${name}=${truncate(value)}: ${why}.`);

  for (const name of new Set(params.keys())) {
    if (!KNOWN.has(name)) notices.push(`Ignored unknown parameter "${truncate(name)}".`);
  }
  const node = params.get("node");
  const edge = params.get("edge");
  if (edge !== null) {
    if (edgeIds.has(edge)) view.selection = { kind: "edge", id: edge };
    else ignore("edge", edge, "no such relation");
  } else if (node !== null) {
    if (nodeIds.has(node)) view.selection = { kind: "node", id: node };
    else ignore("node", node, "no such entity");
  }
  const source = params.get("source");
  if (source !== null) {
    const s = sources.get(source);
    if (!s) ignore("source", source, "no such source");
    else {
      view.reader = { sourceId: source };
      const quote = params.get("quote");
      const m = quote === null ? null : /^(\d+)-(\d+)$/.exec(quote);
      if (quote !== null && (!m || Number(m[1]) >= Number(m[2]) || Number(m[2]) > s.text.length)) {
        ignore("quote", quote, "not a range inside the source");
      } else if (m) {
        view.reader = { sourceId: source, start: Number(m[1]), end: Number(m[2]) };
      }
    }
  }
  const list = <T extends string>(name: string, allowed: readonly T[]): T[] => {
    const raw = params.get(name);
    if (raw === null || raw === "") return [];
    const out: T[] = [];
    for (const v of raw.split(",")) {
      if ((allowed as readonly string[]).includes(v)) out.push(v as T);
      else ignore(name, v, "unknown value");
    }
    return out;
  };
  view.filters = {
    hiddenNodeTypes: list<NodeType>("hide", NODE_TYPES),
    hiddenRelationTypes: list<RelationType>("hideRel", RELATION_TYPE_IDS),
    hiddenSources: list<string>("hideSrc", [...sources.keys()]),
    hiddenCertainties: list<Grade>("hideCert", CERTAINTIES),
    years: null,
  };
  const years = params.get("years");
  if (years !== null) {
    const m = /^(\d{4})-(\d{4})$/.exec(years);
    if (m && Number(m[1]) <= Number(m[2]))
      view.filters.years = { from: Number(m[1]), to: Number(m[2]) };
    else ignore("years", years, "expected YYYY-YYYY");
  }
  const focus = params.get("focus");
  if (focus !== null) {
    if (focus === "1" || focus === "2") view.focus = Number(focus) as 1 | 2;
    else ignore("focus", focus, "expected 1 or 2");
  }
  if (params.get("only") === "1") view.only = true;
  const path = params.get("path");
  if (path !== null) {
    const [from = "", to = ""] = path.split("~");
    if (nodeIds.has(from) && nodeIds.has(to)) view.path = { from, to };
    else ignore("path", path, "expected two entity ids joined by ~");
  }
  const lang = params.get("lang");
  if (lang !== null) {
    if (lang === "en" || lang === "zh") view.lang = lang;
    else ignore("lang", lang, "expected en or zh");
  }
  const mode = params.get("mode");
  if (mode !== null) {
    if (mode === "table" || mode === "graph") view.mode = mode;
    else ignore("mode", mode, "expected graph or table");
  }
  const choices = styleChoices(dataset.nodes);
  const color = params.get("color");
  if (color !== null) {
    const attr = color.startsWith("attr:") ? color.slice(5) : null;
    if (color === "type" || color === "community" || (attr && choices.categorical.includes(attr)))
      view.style = { ...view.style, color };
    else ignore("color", color, "expected type, community or attr:<a text attribute>");
  }
  const size = params.get("size");
  if (size !== null) {
    const attr = size.startsWith("attr:") ? size.slice(5) : null;
    if (size === "degree" || size === "quotes" || (attr && choices.numeric.includes(attr)))
      view.style = { ...view.style, size };
    else ignore("size", size, "expected degree, quotes or attr:<a numeric attribute>");
  }
  const width = params.get("width");
  if (width !== null) {
    const attr = width.startsWith("attr:") ? width.slice(5) : null;
    if (width === "same" || (attr && edgeWidthChoices(dataset.edges).includes(attr)))
      view.style = { ...view.style, width };
    else ignore("width", width, "expected same or attr:weight (when edges have weights)");
  }
  const embed = params.get("embed");
  if (embed !== null) {
    if (embed === "1") view.embed = true;
    else ignore("embed", embed, "expected 1");
  }
  const present = params.get("present");
  if (present !== null) {
    const story = stories.get(present);
    if (!story) ignore("present", present, "no such story");
    else {
      const raw = params.get("step") ?? "1";
      const step = /^\d+$/.test(raw) ? Number(raw) : NaN;
      if (!(step >= 1 && step <= story.steps.length))
        ignore("step", raw, `expected 1 to ${story.steps.length}`);
      view.present = {
        story: story.id,
        step: step >= 1 && step <= story.steps.length ? step - 1 : 0,
      };
      view.presenter = params.get("presenter") === "1";
    }
  }
  const cam = params.get("cam");
  if (cam !== null) {
    const parts = cam.split(",").map(Number);
    const [zoom, x, y] = parts;
    if (parts.length === 3 && parts.every(Number.isFinite) && zoom !== undefined && zoom > 0) {
      view.camera = { zoom, x: x ?? 0, y: y ?? 0 };
    } else ignore("cam", cam, "expected zoom,x,y");
  }
  return { view, notices };
}

/** What a view's address leaves out or adds: the network's own style, and its name in a bundle. */
export interface UrlBase {
  /** The style the network opens with (`defaultStyle`): left out of the address. */
  style?: Style | undefined;
  /** The bundle's network shown (`?data=`), kept first in the address. */
  data?: string | null;
}

export function serializeView(view: ViewState, base: UrlBase = {}): string {
  const p = new URLSearchParams();
  if (base.data) p.set("data", base.data);
  if (view.selection) p.set(view.selection.kind, view.selection.id);
  if (view.reader) {
    p.set("source", view.reader.sourceId);
    if (view.reader.start !== undefined && view.reader.end !== undefined)
      p.set("quote", `${view.reader.start}-${view.reader.end}`);
  }
  const f = view.filters;
  if (f.hiddenNodeTypes.length) p.set("hide", f.hiddenNodeTypes.join(","));
  if (f.hiddenRelationTypes.length) p.set("hideRel", f.hiddenRelationTypes.join(","));
  if (f.hiddenSources.length) p.set("hideSrc", f.hiddenSources.join(","));
  if (f.hiddenCertainties.length) p.set("hideCert", f.hiddenCertainties.join(","));
  if (f.years) p.set("years", `${f.years.from}-${f.years.to}`);
  if (view.focus) p.set("focus", String(view.focus));
  if (view.only) p.set("only", "1");
  if (view.path) p.set("path", `${view.path.from}~${view.path.to}`);
  if (view.lang) p.set("lang", view.lang);
  if (view.mode !== "graph") p.set("mode", view.mode);
  if (view.camera) p.set("cam", cameraParam(view.camera));
  if (view.embed) p.set("embed", "1");
  const style = base.style ?? DEFAULT_STYLE;
  if (view.style.color !== style.color) p.set("color", view.style.color);
  if (view.style.size !== style.size) p.set("size", view.style.size);
  if (view.style.width !== style.width) p.set("width", view.style.width);
  if (view.present) {
    p.set("present", view.present.story);
    p.set("step", String(view.present.step + 1));
    if (view.presenter) p.set("presenter", "1");
  }
  const s = p.toString().replaceAll("%2C", ",").replaceAll("%7E", "~");
  return s ? `?${s}` : "";
}

export function cameraParam(c: Camera): string {
  return `${round(c.zoom, 3)},${round(c.x, 0)},${round(c.y, 0)}`;
}

const round = (v: number, digits: number) => Number(v.toFixed(digits)) + 0;
const truncate = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Code the address will need as soon as the data is in: a shell, and the panel it opens. */
export type Part = "embed" | "present" | "edge" | "node" | "source" | "path" | "table";

/**
 * Which on-demand parts a query string asks for, read without the dataset (so their code can be
 * fetched alongside the data; the real parse, with validation, comes after).
 */
export function partsFor(search: string): Part[] {
  const params = new URLSearchParams(search);
  const parts: Part[] = [];
  if (params.get("embed") === "1") parts.push("embed");
  if (params.get("present")) parts.push("present");
  for (const key of ["edge", "node", "source", "path"] as const)
    if (params.get(key)) parts.push(key);
  if (params.get("mode") === "table") parts.push("table");
  return parts;
}
