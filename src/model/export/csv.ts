// CSV export of a dataset, for spreadsheets: one row per (relation, quote), and one per node.
//
// RFC 4180: records end in CRLF (the last one too); a field containing a comma, a double quote,
// CR or LF is enclosed in double quotes, inner quotes doubled. The text starts with a UTF-8 byte
// order mark (U+FEFF) so Excel opens it as UTF-8 and Chinese reads right.
//
// Formula injection: a spreadsheet runs a cell that starts with =, +, - or @ (and tab or CR can
// smuggle one in). Any field starting with one of those six characters is written with a single
// quote ' in front, which spreadsheets show as text. That one character is the only change to the
// data: strip a leading ' before one of them to get the original back. Lists (aliases, hedge
// words) are joined with "|"; booleans are "true" or "".
import type { Dataset, Evidence, GraphEdge } from "../types.ts";

export const CSV_BOM = "\uFEFF";
const CRLF = "\r\n";

export const RELATION_COLUMNS = [
  "edge_id",
  "source_id",
  "source_label",
  "relation",
  "target_id",
  "target_label",
  "certainty",
  "from",
  "to",
  "quote",
  "translation",
  "hedged",
  "hedge_words",
  "contradicts",
  "source_title",
  "source_publisher",
  "source_published",
  "start",
  "end",
] as const;

export const NODE_COLUMNS = ["id", "type", "label", "label_zh", "aliases", "summary"] as const;

type Row<C extends readonly string[]> = Record<C[number], string>;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: formula-guarded, then quoted if it must be. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csv<C extends readonly string[]>(columns: C, rows: readonly Row<C>[]): string {
  const record = (fields: readonly string[]): string => fields.map(csvField).join(",") + CRLF;
  const lines = rows.map((r) => record(columns.map((c: C[number]) => r[c])));
  return CSV_BOM + record(columns) + lines.join("");
}

const flag = (b: true | undefined): string => (b ? "true" : "");

/** One row per quote of every edge (an edge without quotes still gets one row, quote empty). */
export function relationsCsv(d: Dataset): string {
  const labels = new Map(d.nodes.map((n) => [n.id, n.label]));
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const row = (e: GraphEdge, x: Evidence | undefined): Row<typeof RELATION_COLUMNS> => {
    const s = x && sources.get(x.sourceId);
    return {
      edge_id: e.id,
      source_id: e.source,
      source_label: labels.get(e.source) ?? "",
      relation: e.type,
      target_id: e.target,
      target_label: labels.get(e.target) ?? "",
      certainty: e.certainty,
      from: e.from ?? "",
      to: e.to ?? "",
      quote: x?.quote ?? "",
      translation: x?.translation ?? "",
      hedged: flag(x?.hedged),
      hedge_words: x?.hedgeWords?.join("|") ?? "",
      contradicts: flag(x?.contradicts),
      source_title: s?.title ?? "",
      source_publisher: s?.publisher ?? "",
      source_published: s?.published ?? "",
      start: x ? String(x.start) : "",
      end: x ? String(x.end) : "",
    };
  };
  const rows = d.edges.flatMap((e) =>
    e.evidence.length > 0 ? e.evidence.map((x) => row(e, x)) : [row(e, undefined)],
  );
  return csv(RELATION_COLUMNS, rows);
}

export function nodesCsv(d: Dataset): string {
  const rows = d.nodes.map((n) => ({
    id: n.id,
    type: n.type,
    label: n.label,
    label_zh: n.labelZh ?? "",
    aliases: n.aliases.join("|"),
    summary: n.summary ?? "",
  }));
  return csv(NODE_COLUMNS, rows);
}
