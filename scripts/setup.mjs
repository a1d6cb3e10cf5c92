#!/usr/bin/env node
// Set-up for a fresh machine, run before `npm start` and `npm test`: installs the npm packages,
// and (with --browser, before `npm test`) checks for ../shared and installs Debian's Chromium and
// CJK fonts for the browser tests when they are missing.
// Plain JavaScript with no dependencies, since it runs before anything is installed.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const run = (cmd) => execSync(cmd, { stdio: "inherit" });
const wantBrowser = process.argv.includes("--browser");
const chromium = process.env.CHROMIUM ?? "/usr/bin/chromium";

// The tests read real networks and the sources' original files from a copy of the shared folder
// laid beside the clone (../shared, as CI does). Without it some tests would skip in silence and
// others fail on a missing file: say what is missing instead.
if (wantBrowser) {
  const datasets = process.env.QUOTEGRAPH_DATASETS ?? "../shared/datasets";
  const missing = [
    [
      datasets,
      "real networks for the importers' unit tests (src/model/import/*.test.ts), the fuzz seeds and the browser tests that open them (tests/e2e/openFile, picture); QUOTEGRAPH_DATASETS names another folder",
    ],
    [
      "../shared/seeds",
      "the sources' original files, compared byte for byte with data/sources/ (scripts/buildDataset.test.ts)",
    ],
  ].filter(([path]) => !existsSync(path));
  if (missing.length > 0) {
    console.error(
      "npm test needs the shared folder beside this clone (a copy of ../shared, as CI lays it out). Missing:\n" +
        missing.map(([path, why]) => `  ${path}: ${why}`).join("\n"),
    );
    process.exit(1);
  }
}

if (!existsSync("node_modules/.package-lock.json")) {
  run("npm ci --no-audit --no-fund");
}

if (wantBrowser && !existsSync(chromium)) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `Browser tests need Chromium at ${chromium}. Install it with:\n  sudo apt-get install chromium fonts-noto-cjk\n` +
        "or set CHROMIUM=/path/to/chromium.",
    );
    process.exit(1);
  }
  console.log("Installing Debian's chromium and fonts-noto-cjk for the browser tests…");
  run("apt-get update -qq");
  run("DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk");
}
