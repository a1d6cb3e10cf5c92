// RFC 4180 records: fields separated by a delimiter, "quoted" fields may hold the delimiter,
// line breaks and "" for a quote. CRLF and LF both end a record. Each row keeps its first line.
import type { Problem } from "../problems.ts";

export interface CsvRow {
  fields: string[];
  line: number;
}

export function readCsv(
  text: string,
  file: string,
  delimiter: string,
): { ok: true; rows: CsvRow[] } | { ok: false; problem: Problem } {
  const rows: CsvRow[] = [];
  const d = delimiter.charCodeAt(0);
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let rowLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const endRow = () => {
    fields.push(field);
    if (fields.length > 1 || (fields[0] ?? "").trim() !== "") rows.push({ fields, line: rowLine });
    fields = [];
    field = "";
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 && field === "") {
      // A quoted field: up to the next quote not followed by another quote.
      const start = line;
      let value = "";
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          return fail(
            file,
            start,
            "this quoted value is never closed",
            'add the closing ", or write a quote inside a value as ""',
          );
        }
        value += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          value += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      for (let k = value.indexOf("\n"); k !== -1; k = value.indexOf("\n", k + 1)) line++;
      const next = text.charCodeAt(j);
      if (j < n && next !== d && next !== 10 && next !== 13) {
        return fail(
          file,
          line,
          "text follows a closing quote",
          'write a quote inside a quoted value as "", or quote the whole value',
        );
      }
      field = value;
      i = j;
      continue;
    }
    if (c === d) {
      fields.push(field);
      field = "";
      i++;
    } else if (c === 10 || c === 13) {
      endRow();
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      rowLine = line;
    } else {
      let j = i + 1;
      while (j < n) {
        const k = text.charCodeAt(j);
        if (k === d || k === 10 || k === 13) break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  if (field !== "" || fields.length > 0) endRow();
  return { ok: true, rows };
}

/** The delimiter of a header line: the most frequent of comma, tab and semicolon. */
export function guessDelimiter(headerLine: string): string {
  let best = ",";
  let bestCount = 0;
  for (const d of [",", "\t", ";"]) {
    const count = headerLine.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

function fail(
  file: string,
  line: number,
  message: string,
  fix: string,
): { ok: false; problem: Problem } {
  return { ok: false, problem: { file, line, message, fix } };
}
