import { describe, expect, test } from "vitest";
import { filesOf, lineHits, mergeLines, percent, tally } from "./lines.ts";

const at = (line: number) => ({ start: { line } });

describe("line coverage", () => {
  test("a line's hits are the most of the statements that start on it", () => {
    const hits = lineHits({
      path: "/repo/src/a.ts",
      statementMap: { "0": at(1), "1": at(1), "2": at(3) },
      s: { "0": 0, "1": 4, "2": 0 },
    });
    expect([...hits]).toEqual([
      [1, 4],
      [3, 0],
    ]);
  });

  test("merged: the unit run's lines, run when either run ran them", () => {
    const unit = new Map([
      [1, 0],
      [2, 3],
      [5, 0],
    ]);
    const browser = new Map([
      [1, 2],
      [4, 9], // not a line of the unit run's: not counted
    ]);
    expect([...mergeLines(unit, browser)]).toEqual([
      [1, 2],
      [2, 3],
      [5, 0],
    ]);
    expect([...mergeLines(unit, undefined)]).toEqual([...unit]);
  });

  test("a layer counts the files under its folder only, not a folder that starts alike", () => {
    const files = filesOf(
      {
        a: { path: "/repo/src/ui/A.tsx", statementMap: { "0": at(1) }, s: { "0": 1 } },
        b: { path: "/repo/src/uix/B.ts", statementMap: { "0": at(1) }, s: { "0": 0 } },
        c: {
          path: "/repo/src/app/C.ts",
          statementMap: { "0": at(1), "1": at(2) },
          s: { "0": 0, "1": 1 },
        },
      },
      (p) => p.replace("/repo/", ""),
    );
    expect(tally(files, "src/ui")).toEqual({ covered: 1, total: 1 });
    expect(tally(files, "src")).toEqual({ covered: 2, total: 4 });
    expect(percent(tally(files, "src"))).toBe(50);
    expect(percent({ covered: 0, total: 0 })).toBe(100);
  });
});
