// The printed result: one fixed-width row per dataset.
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
  frameApp: number;
  frameBare: number;
  rounds: number;
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const fixed = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : "-");
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : "-");

const HEADER = [
  ["dataset", "", "l"],
  ["nodes", "", "r"],
  ["edges", "", "r"],
  ["first view", "KiB gz app / bare", "r"],
  ["data", "KiB gz", "r"],
  ["bundle", "s", "r"],
  ["layout", "s", "r"],
  ["graph-ready ms", "app / bare / ratio", "r"],
  ["pan frame ms", "app / bare / ratio", "r"],
  ["rounds", "", "r"],
] as const;

function cells(r: Row): string[] {
  return [
    r.dataset,
    String(r.nodes),
    String(r.edges),
    `${kib(r.firstViewApp)} / ${kib(r.firstViewBare)}`,
    kib(r.data),
    fixed(r.bundleS, 1),
    r.layoutS === null ? "file" : `${fixed(r.layoutS, 2)}${r.builtin ? "*" : ""}`,
    `${fixed(r.readyApp, 0)} / ${fixed(r.readyBare, 0)} / ${ratio(r.readyApp, r.readyBare)}`,
    `${fixed(r.frameApp, 1)} / ${fixed(r.frameBare, 1)} / ${ratio(r.frameApp, r.frameBare)}`,
    String(r.rounds),
  ];
}

export function formatTable(rows: readonly Row[]): string {
  const body = rows.map(cells);
  const widths = HEADER.map(([a, b], i) =>
    Math.max(a.length, b.length, ...body.map((c) => (c[i] ?? "").length)),
  );
  const line = (c: readonly string[]) =>
    c
      .map((text, i) =>
        HEADER[i]?.[2] === "l" ? text.padEnd(widths[i] ?? 0) : text.padStart(widths[i] ?? 0),
      )
      .join(" | ");
  const rule = widths.map((w) => "-".repeat(w)).join("-+-");
  return [
    line(HEADER.map((h) => h[0])),
    line(HEADER.map((h) => h[1])),
    rule,
    ...body.map(line),
  ].join("\n");
}
