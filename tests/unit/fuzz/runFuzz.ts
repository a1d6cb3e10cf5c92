// The fuzz run: for each kind of input, fast-check draws a seed and a plan of mutations, runs
// the project's code on the result, and fails on an exception, a bad outcome (oracle.ts), more
// than 5 s on an input under 1 MB, or heap growth past 10× the input plus a fixed allowance.
import fc from "fast-check";
import type { NetworkFile } from "../../../src/model/import/types.ts";
import { applyAll, mutation, RESERVED, type Mutation } from "./mutations.ts";
import { dataSeeds, importSeeds, URL_SEEDS, type DataKind, type ImportKind } from "./seeds.ts";
import { runCompile, runImport, runUrl, type Outcome } from "./targets.ts";

export const MAX_CASE_MS = 5000;

/**
 * This process's CPU time in ms: what a case costs, however busy the machine is with others
 * (vitest runs each test file in a process of its own).
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
const HEAP_ALLOWANCE = 256 * 1024 * 1024;

export interface KindResult {
  kind: string;
  cases: number;
  accepted: number;
  failure?: string;
}

export interface FuzzOptions {
  seed: number;
  /** Cases per kind (the seeded run), or as many as fit in `msPerKind`. */
  runs: number;
  msPerKind?: number;
  kinds?: readonly string[];
}

const plan = fc.array(mutation, { minLength: 1, maxLength: 4 });
const EXTENSIONS = ["", ".constructor", ".__proto__", ".toString", ".txt", ".json", ".xml", ".gml"];

/** Run a case, and say how it ended: its failure, or undefined. */
function judge(size: number, run: () => Outcome, stats: { accepted: number }): string | undefined {
  const heap = process.memoryUsage().heapUsed;
  const started = cpuMs();
  let outcome: Outcome;
  try {
    outcome = run();
  } catch (error) {
    return `threw ${error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : String(error)}`;
  }
  const ms = cpuMs() - started;
  const grown = process.memoryUsage().heapUsed - heap;
  if (outcome.accepted) stats.accepted++;
  if (outcome.failure) return outcome.failure;
  if (size < 1_000_000 && ms > MAX_CASE_MS) {
    // Once more: a garbage collection or a loaded machine's pause is not the code's doing;
    // twice is.
    const again = cpuMs();
    run();
    const ms2 = cpuMs() - again;
    if (ms2 > MAX_CASE_MS)
      return `took ${Math.round(ms)} and ${Math.round(ms2)} ms on ${size} characters`;
  }
  if (grown > 10 * 2 * size + HEAP_ALLOWANCE)
    return `heap grew ${Math.round(grown / 2 ** 20)} MB on ${size} characters`;
  return undefined;
}

function check<T>(
  kind: string,
  arb: fc.Arbitrary<T>,
  size: (t: T) => number,
  run: (t: T) => Outcome,
  o: FuzzOptions,
): KindResult {
  const stats = { kind, cases: 0, accepted: 0 };
  const property = fc.property(arb, (input) => {
    stats.cases++;
    const failure = judge(size(input), () => run(input), stats);
    if (failure) throw new Error(failure);
  });
  const details = fc.check(property, {
    seed: o.seed,
    numRuns: o.runs,
    ...(o.msPerKind === undefined ? {} : { interruptAfterTimeLimit: o.msPerKind }),
    endOnFailure: true,
  });
  if (!details.failed) return stats;
  const error =
    details.errorInstance instanceof Error
      ? details.errorInstance.message
      : String(details.errorInstance);
  return {
    ...stats,
    failure: `${error}\n  counterexample (seed ${o.seed}, path ${details.counterexamplePath}): ${JSON.stringify(details.counterexample).slice(0, 1500)}`,
  };
}

const total = (files: readonly { text: string }[]) => files.reduce((n, f) => n + f.text.length, 0);

export function importCase(
  seeds: NetworkFile[][],
  which: number,
  steps: readonly Mutation[],
  file: number,
  ext: number,
): NetworkFile[] {
  const seed = seeds[which % seeds.length] ?? [];
  const target = file % Math.max(1, seed.length);
  return seed.map((f, i) => {
    if (i !== target) return f;
    const name =
      ext === 0 ? f.name : f.name.replace(/(\.[^.]*)?$/, EXTENSIONS[ext % EXTENSIONS.length] ?? "");
    return { name, text: applyAll(f.text, steps) };
  });
}

export function runFuzz(o: FuzzOptions): KindResult[] {
  const results: KindResult[] = [];
  const wanted = (kind: string) => !o.kinds || o.kinds.includes(kind);
  const imports = importSeeds();
  for (const kind of Object.keys(imports) as ImportKind[]) {
    const seeds = imports[kind];
    if (!wanted(kind) || seeds.length === 0) continue;
    const arb = fc
      .tuple(
        fc.nat(),
        plan,
        fc.nat(),
        fc.oneof(
          { weight: 6, arbitrary: fc.constant(0) },
          { weight: 1, arbitrary: fc.nat(EXTENSIONS.length - 1) },
        ),
      )
      .map(([which, steps, file, ext]) => importCase(seeds, which, steps, file, ext));
    results.push(check(kind, arb, total, runImport, o));
  }
  const data = dataSeeds();
  for (const kind of Object.keys(data) as DataKind[]) {
    const seeds = data[kind];
    if (!wanted(kind) || seeds.length === 0) continue;
    const arb = fc.tuple(fc.nat(), plan).map(([which, steps]) => {
      const seed = seeds[which % seeds.length] ?? { files: [], target: 0 };
      return seed.files.map((f, i) =>
        i === seed.target ? { ...f, text: applyAll(f.text, steps) } : f,
      );
    });
    results.push(check(kind, arb, total, runCompile, o));
  }
  if (wanted("url")) {
    const query = fc.oneof(
      fc.tuple(fc.constantFrom(...URL_SEEDS), plan).map(([s, steps]) => applyAll(s, steps)),
      fc
        .array(
          fc.tuple(
            fc.constantFrom(
              "node",
              "edge",
              "source",
              "quote",
              "hide",
              "years",
              "focus",
              "path",
              "lang",
              "mode",
              "embed",
              "present",
              "step",
              "cam",
              ...RESERVED,
            ),
            fc.string({ unit: "binary", maxLength: 40 }),
          ),
          { maxLength: 8 },
        )
        .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}`),
    );
    results.push(check("url", query, (s) => s.length, runUrl, o));
  }
  return results;
}
