// Kill tests (issue 15): real `npm run import` and `npm run bundle` runs, each stopped with
// SIGKILL at one of its write steps (QUOTEGRAPH_KILL_AT_STEP). After every kill the output
// folder is the old one or the complete new one (or the complete new one waits as .ready), and
// the next run leaves the new folder and nothing beside it.
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

const run = (script: string, args: string[], killAt?: number) =>
  spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    encoding: "utf8",
    env: { ...process.env, QUOTEGRAPH_KILL_AT_STEP: killAt === undefined ? "" : String(killAt) },
  });

/** A folder's files and their contents, as one comparable string. */
function snapshot(dir: string): string {
  if (!existsSync(dir)) return "(none)";
  const out: string[] = [];
  const visit = (d: string, rel: string) => {
    for (const name of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      if (name.isDirectory()) visit(join(d, name.name), `${rel}${name.name}/`);
      else
        out.push(
          `${rel}${name.name}:${readFileSync(join(d, name.name), "utf8").length}:${readFileSync(join(d, name.name), "utf8").slice(0, 200)}`,
        );
    }
  };
  visit(dir, "");
  return out.join("\n");
}

/** What a kill left: the old folder, the new one, or the new one waiting as .ready. */
function leftAfterKill(dir: string, oldState: string, newState: string, snap: Snapshot): string {
  const now = snap(dir);
  const ready = snap(join(dir, "..", `.${dir.split("/").at(-1)}.ready`));
  if (now === oldState) return "old";
  if (now === newState) return "new";
  if (now === "(none)" && ready === newState) return "new (as .ready)";
  return `neither:\n${now.slice(0, 500)}`;
}

type Snapshot = (dir: string) => string;

/**
 * A bundle, as far as a kill can break it: its graph.json, and an app whose every asset is there
 * (the app itself is rebuilt whenever its sources change, so its hashed names are not compared).
 */
function bundleSnapshot(dir: string): string {
  if (!existsSync(join(dir, "graph.json"))) return existsSync(dir) ? "(no graph.json)" : "(none)";
  const html = existsSync(join(dir, "index.html"))
    ? readFileSync(join(dir, "index.html"), "utf8")
    : "";
  const assets = [...html.matchAll(/assets\/[\w.-]+/g)].map((m) => m[0]);
  const missing = assets.filter((a) => !existsSync(join(dir, a)));
  return `${readFileSync(join(dir, "graph.json"), "utf8")}\napp: ${html ? "index.html" : "no index.html"}, ${assets.length} assets, missing ${missing.join(" ") || "none"}`;
}

function killTest(
  script: string,
  oldInput: string[],
  newInput: string[],
  out: string,
  /** How many steps to kill at: a number, or worked out once the first run has built the app. */
  points: number | (() => number),
  snap: Snapshot = snapshot,
) {
  const first = run(script, [...oldInput, "--out", out]);
  expect(first.status, first.stderr).toBe(0);
  const oldState = snap(out);
  const saved = `${out}-saved`;
  cpSync(out, saved, { recursive: true });
  expect(run(script, [...newInput, "--out", out]).status).toBe(0);
  const newState = snap(out);
  expect(newState).not.toBe(oldState);
  const left: string[] = [];
  const count = typeof points === "number" ? points : points();
  for (let k = 1; k <= count; k++) {
    rmSync(out, { recursive: true, force: true });
    cpSync(saved, out, { recursive: true });
    const killed = run(script, [...newInput, "--out", out], k);
    const what =
      killed.signal === "SIGKILL"
        ? leftAfterKill(out, oldState, newState, snap)
        : `finished (${leftAfterKill(out, oldState, newState, snap)})`;
    left.push(`step ${k}: ${what}`);
    expect(what).not.toMatch(/neither/);
    const next = run(script, [...newInput, "--out", out]);
    expect(next.status, next.stderr).toBe(0);
    expect(snap(out)).toBe(newState);
    const parent = join(out, "..");
    expect(readdirSync(parent).filter((n) => n.startsWith(`.${out.split("/").at(-1)}.`))).toEqual(
      [],
    );
  }
  console.log(`${script}, killed at ${count} points:\n  ${left.join("\n  ")}`);
}

describe("a killed run leaves the old folder or the complete new one", () => {
  test("npm run import, killed at each of its 8 steps and after", () => {
    const dir = mkdtempSync(join(tmpdir(), "qg-kill-"));
    const a = join(dir, "a.gml");
    const b = join(dir, "b.json");
    writeFileSync(
      a,
      'graph [ node [ id 1 label "Old" ] node [ id 2 label "Two" ] edge [ source 1 target 2 ] ]',
    );
    writeFileSync(
      b,
      JSON.stringify({
        nodes: [{ id: "x", name: "New" }, { id: "y" }, { id: "z" }],
        links: [
          { source: "x", target: "y" },
          { source: "y", target: "z" },
        ],
        sources: [{ id: "s", title: "S", text: "x knows y" }],
      }),
    );
    killTest("scripts/import.ts", [a], [b], join(dir, "out", "data"), 9);
  }, 240_000);

  // About 3 s a run: set QUOTEGRAPH_KILL_TEST=bundle to run it (npm test leaves it out).
  test.runIf(process.env["QUOTEGRAPH_KILL_TEST"] === "bundle")(
    "npm run bundle, killed at each of its steps",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "qg-kill-"));
      const a = join(dir, "a.gml");
      const b = join(dir, "b.gml");
      writeFileSync(
        a,
        'graph [ node [ id 1 label "Old" ] node [ id 2 label "Two" ] edge [ source 1 target 2 ] ]',
      );
      writeFileSync(
        b,
        'graph [ node [ id 1 label "New" ] node [ id 2 label "Two" ] edge [ source 1 target 2 ] ]',
      );
      // One step per entry of the app copied, two for graph.json, four for the swap; and one
      // more, past the end, where the run finishes.
      const steps = () =>
        readdirSync("dist-app").filter((n) => n !== ".complete").length + 2 + 4 + 1;
      killTest("scripts/bundle.ts", [a], [b], join(dir, "site"), steps, bundleSnapshot);
    },
    600_000,
  );
});
