// One dataset in the browser: rounds of the app, the bare Cytoscape page, the minimal-style page
// and the sigma.js page, alternating, each in a fresh page; medians of every figure.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { EN } from "../../src/ui/messages.ts";
import { NODE_TYPES, type NodeType } from "../../src/model/vocabulary.ts";
import { slug } from "./datasets.ts";
import type { InteractionPlan } from "./interactions.ts";
import { median, measurePage, type Kind, type PageResult, type Variant } from "./measure.ts";
import { site, type Bundled } from "./prepare.ts";
import { fetchedFirstViewGz } from "./sizes.ts";

export const KINDS = ["app", "bare", "minimal", "sigma"] as const;
/** The pages whose hover, click and filter are measured (the minimal page only paints). */
const INTERACTIVE: readonly Kind[] = ["app", "bare", "sigma"];

export interface Schedule {
  rounds: number;
  /** Round r also pans. */
  pan(r: number): boolean;
  /** Round r also measures heap and interactions. */
  interact(r: number): boolean;
}

interface Graph {
  nodes: { id: string; type: string }[];
  edges: { source: string; target: string }[];
}

/** The best-connected node, and the second most common Quotegraph type (if there are two). */
function planFor(graph: Graph): Omit<InteractionPlan, "kind" | "probe"> {
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  let node = graph.nodes[0]?.id ?? "";
  for (const n of graph.nodes) if ((degree.get(n.id) ?? 0) > (degree.get(node) ?? 0)) node = n.id;
  const counts = new Map<string, number>();
  for (const n of graph.nodes)
    if ((NODE_TYPES as readonly string[]).includes(n.type))
      counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  const types = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const hideType = types[1]?.[0] ?? null;
  return {
    node,
    hideType,
    hideLabel: hideType ? EN.nodeType[hideType as NodeType] : null,
  };
}

const NUMERIC = [
  "readyMs",
  "frameMs",
  "worstFrameMs",
  "longFrames",
  "heapMB",
  "hoverMs",
  "clickMs",
  "filterMs",
  "tableMs",
] as const;
export type Figure = (typeof NUMERIC)[number];
const PAN_FIGURES: readonly Figure[] = ["frameMs", "worstFrameMs", "longFrames"];

export async function measureDataset(
  on: Browser,
  b: Bundled,
  builds: Record<Kind, string>,
  base: string,
  root: string,
  schedule: Schedule,
) {
  const dir = join(root, slug(b.dataset.name));
  for (const kind of KINDS) site(builds[kind], b.graphJson, join(dir, kind));
  const graph = JSON.parse(readFileSync(b.graphJson, "utf8")) as Graph;
  const plan = planFor(graph);
  // The node a pan is checked by, and kept on screen (startPoint): the one hovered and clicked.
  const ref = plan.node;
  const variant = (kind: Kind, pan: boolean, interact: boolean): Variant => ({
    kind,
    url: `${base}${slug(b.dataset.name)}/${kind}/`,
    container: kind === "app" ? '[data-testid="graph-canvas"]' : "#cy",
    probe: kind === "app" ? "__quotegraph" : "__bare",
    pan: pan && kind !== "minimal",
    interact:
      interact && INTERACTIVE.includes(kind)
        ? {
            ...plan,
            kind: kind as InteractionPlan["kind"],
            probe: kind === "app" ? "__quotegraph" : "__bare",
          }
        : null,
  });
  const results: Record<Kind, PageResult[]> = { app: [], bare: [], minimal: [], sigma: [] };
  const panned: Record<Kind, PageResult[]> = { app: [], bare: [], minimal: [], sigma: [] };
  const interacted: Record<Kind, PageResult[]> = { app: [], bare: [], minimal: [], sigma: [] };
  // A B C D, then D C B A: no page always goes first (or last) after the others warmed up.
  for (let r = 0; r < schedule.rounds; r++) {
    const order = r % 2 === 0 ? KINDS : [...KINDS].reverse();
    const pan = schedule.pan(r);
    const interact = schedule.interact(r);
    for (const kind of order) {
      // sigma in the interaction rounds only: its figures are steady, and small graphs get 30 rounds.
      if (kind === "sigma" && !interact) continue;
      const result = await measurePage(on, variant(kind, pan, interact), ref);
      results[kind].push(result);
      if (pan) panned[kind].push(result);
      if (interact) interacted[kind].push(result);
    }
  }
  const warnings = new Set(Object.values(results).flatMap((rs) => rs.flatMap((x) => x.warnings)));
  const med = (kind: Kind, key: Figure) => {
    const from = key === "readyMs" ? results : PAN_FIGURES.includes(key) ? panned : interacted;
    return median(from[kind].map((x) => x[key]).filter((x) => !Number.isNaN(x)));
  };
  const figures = (kind: Kind) =>
    Object.fromEntries(NUMERIC.map((k) => [k, med(kind, k)])) as Record<Figure, number>;
  const fetched = (kind: Kind) =>
    fetchedFirstViewGz(
      join(dir, kind),
      results[kind].flatMap((x) => x.loaded),
    );
  return {
    rounds: schedule.rounds,
    warnings: [...warnings],
    fetchedApp: fetched("app"),
    fetchedBare: fetched("bare").bytes,
    hideType: plan.hideType,
    app: figures("app"),
    bare: figures("bare"),
    minimal: figures("minimal"),
    sigma: figures("sigma"),
  };
}
