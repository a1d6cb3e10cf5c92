// npm run import refuses, with a message naming the file and writing nothing, what it cannot
// read or what is too large to read (issue 15).
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, ftruncateSync, mkdtempSync, openSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";

const run = (args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", ...args], {
    encoding: "utf8",
  });

test("a missing file and a 201 MB file are refused by name, and nothing is written", () => {
  const dir = mkdtempSync(join(tmpdir(), "qg-import-"));
  const out = join(dir, "out");
  const missing = run([join(dir, "nope.csv"), "--out", out]);
  expect(missing.status).toBe(1);
  expect(missing.stderr).toContain("nope.csv: this file cannot be read (ENOENT)");
  // Sparse: 201 MB on paper, nothing on disk; refused before it is read.
  const big = join(dir, "big.txt");
  const fd = openSync(big, "w");
  ftruncateSync(fd, 201 * 1024 * 1024);
  closeSync(fd);
  const huge = run([big, "--out", out]);
  expect(huge.status).toBe(1);
  expect(huge.stderr).toContain(
    "big.txt:1: the file is 201.0 MB; the importer reads at most 50 MB",
  );
  expect(existsSync(out)).toBe(false);
}, 60_000);
