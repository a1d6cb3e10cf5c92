// The printed result: fixed-width tables, one row per dataset.
export interface Row {
  dataset: string;
  nodes: number;
  edges: number;
  firstViewApp: number;
  firstViewBare: number;
  data: number;
  bundleS: number;
  /** null: positions from the file. */
  layoutS: number | null;
  builtin: boolean;
  readyApp: number;
  readyBare: number;
  /** The minimal-style page (grey dots and lines, no labels): context, not the baseline. */
  readyMinimal: number;
  frameApp: number;
  frameBare: number;
  worstApp: number;
  worstBare: number;
  longApp: number;
  longBare: number;
  rounds: number;
  /** The sigma.js + graphology page's graph-ready. */
  readySigma: number;
  /** JS heap after first paint (after a GC), MB. */
  heap: Trio;
  hover: Trio;
  click: Trio;
  filter: Trio;
  /** The app's table (the bare pages have none). */
  tableApp: number;
  /** The type the filter hid (null: the network has one type). */
  hideType: string | null;
  /** `npm run bundle`: peak RSS (MB) and CPU s of its process tree (GNU time). */
  bundlePeakMB: number;
  bundleCpuS: number;
}

export interface Trio {
  app: number;
  bare: number;
  sigma: number;
}

type Column = [title: string, unit: string, align: "l" | "r", cell: (r: Row) => string];

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const fixed = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : "-");
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : "-");
const triple = (a: number, b: number, digits: number) =>
  `${fixed(a, digits)} / ${fixed(b, digits)} / ${ratio(a, b)}`;

const MAIN: Column[] = [
  ["dataset", "", "l", (r) => r.dataset],
  ["nodes", "", "r", (r) => String(r.nodes)],
  ["edges", "", "r", (r) => String(r.edges)],
  [
    "first view",
    "KiB gz app / bare",
    "r",
    (r) => `${kib(r.firstViewApp)} / ${kib(r.firstViewBare)}`,
  ],
  ["data", "KiB gz", "r", (r) => kib(r.data)],
  ["bundle", "s", "r", (r) => fixed(r.bundleS, 1)],
  [
    "layout",
    "s",
    "r",
    (r) => (r.layoutS === null ? "file" : `${fixed(r.layoutS, 2)}${r.builtin ? "*" : ""}`),
  ],
  ["graph-ready ms", "app / bare / ratio", "r", (r) => triple(r.readyApp, r.readyBare, 0)],
  [
    "minimal style",
    "ms / app ratio",
    "r",
    (r) => `${fixed(r.readyMinimal, 0)} / ${ratio(r.readyApp, r.readyMinimal)}`,
  ],
  ["pan frame ms", "app / bare / ratio", "r", (r) => triple(r.frameApp, r.frameBare, 1)],
  ["rounds", "", "r", (r) => String(r.rounds)],
];

const trio = (t: Trio, digits = 0) =>
  `${fixed(t.app, digits)} / ${fixed(t.bare, digits)} / ${fixed(t.sigma, digits)}`;

const INTERACTION: Column[] = [
  ["dataset", "", "l", (r) => r.dataset],
  ["heap MB", "app / bare / sigma", "r", (r) => trio(r.heap)],
  ["hover settled ms", "app / bare / sigma", "r", (r) => trio(r.hover)],
  ["click ms", "app / bare / sigma", "r", (r) => trio(r.click)],
  ["filter ms", "app / bare / sigma", "r", (r) => trio(r.filter)],
  ["hid", "type", "l", (r) => r.hideType ?? "-"],
  ["table ms", "app", "r", (r) => fixed(r.tableApp, 0)],
];

const SCALE: Column[] = [
  ["dataset", "", "l", (r) => r.dataset],
  [
    "graph-ready ms",
    "app / bare / sigma",
    "r",
    (r) => `${fixed(r.readyApp, 0)} / ${fixed(r.readyBare, 0)} / ${fixed(r.readySigma, 0)}`,
  ],
  ["bare / sigma", "ratio", "r", (r) => ratio(r.readyBare, r.readySigma)],
  ["app / sigma", "ratio", "r", (r) => ratio(r.readyApp, r.readySigma)],
  ["bundle", "wall s", "r", (r) => fixed(r.bundleS, 1)],
  ["bundle", "CPU s", "r", (r) => fixed(r.bundleCpuS, 1)],
  ["bundle peak", "MB", "r", (r) => fixed(r.bundlePeakMB, 0)],
  [
    "layout",
    "s",
    "r",
    (r) => (r.layoutS === null ? "file" : `${fixed(r.layoutS, 1)}${r.builtin ? "*" : ""}`),
  ],
];

const PAN_DETAIL: Column[] = [
  ["dataset", "", "l", (r) => r.dataset],
  ["pan worst frame ms", "app / bare / ratio", "r", (r) => triple(r.worstApp, r.worstBare, 0)],
  [
    "pan frames > 50 ms",
    "app / bare",
    "r",
    (r) => `${fixed(r.longApp, 0)} / ${fixed(r.longBare, 0)}`,
  ],
];

function format(columns: readonly Column[], rows: readonly Row[]): string {
  const body = rows.map((r) => columns.map((c) => c[3](r)));
  const widths = columns.map(([title, unit], i) =>
    Math.max(title.length, unit.length, ...body.map((cells) => (cells[i] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((text, i) =>
        columns[i]?.[2] === "l" ? text.padEnd(widths[i] ?? 0) : text.padStart(widths[i] ?? 0),
      )
      .join(" | ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("-+-");
  return [
    line(columns.map((c) => c[0])),
    line(columns.map((c) => c[1])),
    rule,
    ...body.map(line),
  ].join("\n");
}

export const formatTable = (rows: readonly Row[]) => format(MAIN, rows);
export const formatPanDetail = (rows: readonly Row[]) => format(PAN_DETAIL, rows);
export const formatInteractions = (rows: readonly Row[]) => format(INTERACTION, rows);
export const formatScale = (rows: readonly Row[]) => format(SCALE, rows);
