// Line coverage from istanbul's JSON (what vitest's V8 provider and monocart-coverage-reports
// write), merged per source file, summed per layer of src/.

/** The part of istanbul's file coverage that lines are read from. */
export interface IstanbulFile {
  path: string;
  statementMap: Record<string, { start: { line: number } }>;
  s: Record<string, number>;
}

/** A file's lines that hold a statement, each with its hits (the most of its statements'). */
export type LineHits = Map<number, number>;

/** As istanbul's `getLineCoverage`: a line's count is the highest of the statements it starts. */
export function lineHits(file: IstanbulFile): LineHits {
  const hits: LineHits = new Map();
  for (const [id, { start }] of Object.entries(file.statementMap)) {
    const count = file.s[id] ?? 0;
    hits.set(start.line, Math.max(hits.get(start.line) ?? 0, count));
  }
  return hits;
}

/** Per file (path relative to the repository, e.g. "src/app/main.tsx"): its lines' hits. */
export function filesOf(
  json: Record<string, IstanbulFile>,
  relative: (path: string) => string,
): Map<string, LineHits> {
  const files = new Map<string, LineHits>();
  for (const file of Object.values(json)) files.set(relative(file.path), lineHits(file));
  return files;
}

/**
 * Unit and browser coverage of one file as lines: the lines are the unit run's (every file of
 * src/ is there, tested or not), a line is covered when either run ran it.
 */
export function mergeLines(unit: LineHits, browser: LineHits | undefined): LineHits {
  const merged: LineHits = new Map();
  for (const [line, count] of unit) merged.set(line, count + (browser?.get(line) ?? 0));
  return merged;
}

export interface Tally {
  covered: number;
  total: number;
}

export const percent = ({ covered, total }: Tally) => (total === 0 ? 100 : (100 * covered) / total);

/** Covered and total lines of the files under `layer` ("src" for all of them). */
export function tally(files: Map<string, LineHits>, layer: string): Tally {
  let covered = 0;
  let total = 0;
  for (const [path, hits] of files) {
    if (path !== layer && !path.startsWith(`${layer}/`)) continue;
    for (const count of hits.values()) {
      total++;
      if (count > 0) covered++;
    }
  }
  return { covered, total };
}
