// npm run fuzz -- [--minutes N] [--seed S] [--kinds csv,gml,…]: the fuzz suite for longer than
// `npm test` gives it, the time shared out among the kinds of input. Exit 1 on any failure,
// printing the seed and the case (run again with that seed to see it again).
import { runFuzz } from "./runFuzz.ts";

const args = process.argv.slice(2);
const value = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
};
const minutes = Number(value("minutes") ?? "1");
const seed = Number(value("seed") ?? String(Date.now() % 2 ** 31));
const kinds = value("kinds")?.split(",");
const KINDS = 12;
const msPerKind = (minutes * 60_000) / (kinds?.length ?? KINDS);

console.log(`fuzz: seed ${seed}, ${minutes} min, ${Math.round(msPerKind / 1000)} s per kind`);
const started = performance.now();
const results = runFuzz({
  seed,
  runs: Number.MAX_SAFE_INTEGER,
  msPerKind,
  ...(kinds ? { kinds } : {}),
});
let failed = 0;
for (const r of results) {
  console.log(
    `${r.kind.padEnd(12)} ${String(r.cases).padStart(8)} cases, ${String(r.accepted).padStart(7)} accepted${r.failure ? "  FAILED" : ""}`,
  );
  if (r.failure) {
    failed++;
    console.error(`  ${r.failure}`);
  }
}
const total = results.reduce((n, r) => n + r.cases, 0);
console.log(
  `${total} cases in ${((performance.now() - started) / 60_000).toFixed(1)} min; ${failed} kinds failed`,
);
process.exit(failed > 0 ? 1 : 0);
