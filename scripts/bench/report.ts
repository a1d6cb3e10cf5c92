// The whole printed report: the tables, how each figure is taken, and what stands out.
import { LONG_FRAME_MS } from "./measure.ts";
import {
  formatInteractions,
  formatPanDetail,
  formatScale,
  formatTable,
  type Row,
} from "./table.ts";

export interface ReportContext {
  rounds: number;
  smallRounds: number;
  /** How many of the small graphs' rounds also measure panning. */
  smallPanRounds: number;
  smallElements: number;
  bigRounds: number;
  bigElements: number;
  /** Median wall time of npm + tsx start-up around `npm run bundle`, in s. */
  startupS: number;
  viewport: { width: number; height: number };
  notes: string[];
  /** The network the issue's interaction targets are read on. */
  targetNetwork: string;
  /** "Open file" CA-GrQc to drawn, ms (null: not measured). */
  openMs: number | null;
  totalS: number;
}

/** Issue 16's targets on the 5k/15k network: app medians, ms. */
const TARGETS: [label: string, budget: number, value: (r: Row) => number][] = [
  ["hover settled", 50, (r) => r.hover.app],
  ["click to panel", 150, (r) => r.click.app],
  ["filter (hide a type)", 150, (r) => r.filter.app],
  ["table shown", 300, (r) => r.tableApp],
];

function targets(rows: readonly Row[], c: ReportContext): string[] {
  const verdict = (ms: number, budget: number) =>
    !Number.isFinite(ms) ? "not measured" : ms <= budget ? "PASS" : "FAIL";
  const row = rows.find((r) => r.dataset === c.targetNetwork);
  const lines = TARGETS.map(([label, budget, value]) => {
    const ms = row ? value(row) : NaN;
    return `target ${label} <= ${budget} ms on ${c.targetNetwork}: ${Number.isFinite(ms) ? `${ms.toFixed(0)} ms` : "-"} ${verdict(ms, budget)}`;
  });
  const open = c.openMs ?? NaN;
  lines.push(
    `target opening CA-GrQc ("Open file" to drawn) <= 3000 ms: ${Number.isFinite(open) ? `${open.toFixed(0)} ms` : "-"} ${verdict(open, 3000)}`,
  );
  return lines;
}

const FIRST_PAINT_BUDGET_MS = 2000;
const READY_RATIO_BUDGET = 1.2;
const FIRST_VIEW_BUDGET_KIB = 200;

function findings(rows: readonly Row[]): string[] {
  const names = (rs: readonly Row[]) => (rs.length ? rs.map((r) => r.dataset).join(", ") : "none");
  const slowApp = rows.filter((r) => r.readyApp > FIRST_PAINT_BUDGET_MS);
  const slowBare = rows.filter((r) => r.readyBare > FIRST_PAINT_BUDGET_MS);
  const slowMinimal = rows.filter((r) => r.readyMinimal > FIRST_PAINT_BUDGET_MS);
  const over = rows.filter((r) => r.readyApp > READY_RATIO_BUDGET * r.readyBare);
  const heavy = rows.filter((r) => r.firstViewApp / 1024 > FIRST_VIEW_BUDGET_KIB);
  const builtin = rows.find((r) => r.builtin);
  return [
    `first view over ${FIRST_VIEW_BUDGET_KIB} KiB gzip: ${names(heavy)}` +
      (builtin ? ` (built-in: ${(builtin.firstViewApp / 1024).toFixed(1)} KiB).` : "."),
    `graph-ready over ${FIRST_PAINT_BUDGET_MS / 1000} s: app ${names(slowApp)}; bare ${names(slowBare)}; minimal style ${names(slowMinimal)}.`,
    `app graph-ready within ${READY_RATIO_BUDGET}x of bare: ${rows.length - over.length} of ${rows.length}` +
      (over.length
        ? `; over: ${over.map((r) => `${r.dataset} ${(r.readyApp / r.readyBare).toFixed(2)}x`).join(", ")}.`
        : "."),
  ];
}

export function report(rows: readonly Row[], c: ReportContext): string {
  const n = (x: number) => x.toLocaleString("en");
  const big = `Rounds: ${c.smallRounds} under ${n(c.smallElements)} elements (nodes + edges; panning in ${c.smallPanRounds} of them), ${c.rounds} up to ${n(c.bigElements)}, ${c.bigRounds} above.`;
  return [
    formatTable(rows),
    "",
    formatPanDetail(rows),
    "",
    formatInteractions(rows),
    "",
    formatScale(rows),
    "",
    ...targets(rows, c),
    "",
    `Medians over the rounds; app, bare and minimal style alternate (A B C, then C B A), each page in a fresh browser context. ${big}`,
    `first view: the page and every script and stylesheet the browser fetched before graph-ready (in any round), each gzip -6; the data is the next column.`,
    `bare: the stock Cytoscape package drawing the same picture as the app (its elements, labels, stylesheet, large-graph settings and fit), no React, no interface.`,
    `minimal style: the stock package drawing the same nodes and edges as grey dots and lines, no labels: the floor of drawing this graph, for context.`,
    `bundle s: "wrote … in Y s" as printed by npm run bundle; npm + tsx start-up add a median ${c.startupS.toFixed(1)} s of wall time.`,
    `layout s: importNetwork's layout timed in process; "file": positions from the file, no layout; * buildDataset("data"): compile + layout + search keys.`,
    `graph-ready: performance.getEntriesByName('graph-ready')[0].startTime, served from 127.0.0.1; every page marks on the frame after Cytoscape's first 'render' event.`,
    `pan frame: median requestAnimationFrame delta while the mouse drags the background 30 % across the ${c.viewport.width}x${c.viewport.height} canvas in 60 steps.`,
    `  Cytoscape draws every frame; after its first pan frame it blits cached layers, so the median sits at the 60 Hz vsync (16.7 ms)`,
    `  and the cost shows as a stall when the pan starts: see "worst frame" and frames over ${LONG_FRAME_MS} ms.`,
    `sigma: sigma.js + graphology (WebGL) drawing the same graph.json (type colours, size by degree), no interface: the fastest peer.`,
    `heap: Runtime.getHeapUsage after a forced GC, after first paint and a pan. hover / click / filter / table: from the input event's`,
    `  timeStamp to settled (the later of the first frame after it and the end of the last long task), medians of the interaction rounds;`,
    `  the bare and sigma pages do the nearest equivalent (light the neighbourhood, select, hide the type); "-": nothing to do.`,
    `bundle wall s / CPU s / peak MB: npm run bundle under /usr/bin/time -v (process tree); CPU s is steadier on a shared machine.`,
    "",
    ...findings(rows),
    ...c.notes.map((n) => `note: ${n}`),
    `total ${c.totalS.toFixed(0)} s`,
  ].join("\n");
}
