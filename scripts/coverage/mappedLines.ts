// The original lines a built script holds code from, read from its source map. A line of src/
// with no code in the build (tree-shaken, or only used elsewhere) was not run by the page, whatever
// the coverage of the file around it says: monocart-coverage-reports counts such lines as run.
import { dirname, resolve } from "node:path";

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** One segment's VLQ fields (relative values, as the map stores them). */
export function decodeSegment(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = DIGIT.get(c);
    if (digit === undefined) throw new Error(`not a base64 VLQ digit: ${c}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}

export interface SourceMapJson {
  sources: string[];
  sourceRoot?: string;
  mappings: string;
}

/**
 * Per original file (absolute path): the 1-based lines that some generated code maps to.
 * `mapFile` is where the map lies: its sources are relative to it.
 */
export function mappedLines(map: SourceMapJson, mapFile: string): Map<string, Set<number>> {
  const base = resolve(dirname(mapFile), map.sourceRoot ?? "");
  const lines = map.sources.map(() => new Set<number>());
  let source = 0;
  let line = 0;
  for (const generatedLine of map.mappings.split(";")) {
    for (const segment of generatedLine.split(",")) {
      if (segment === "") continue;
      const fields = decodeSegment(segment);
      if (fields.length < 4) continue;
      source += fields[1] ?? 0;
      line += fields[2] ?? 0;
      lines[source]?.add(line + 1);
    }
  }
  return new Map(map.sources.map((s, i) => [resolve(base, s), lines[i] ?? new Set<number>()]));
}
