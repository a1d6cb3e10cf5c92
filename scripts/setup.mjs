#!/usr/bin/env node
// Set-up for a fresh machine, run before `npm start` and `npm test`: installs the npm packages,
// and (with --browser) Debian's Chromium and CJK fonts for the browser tests when they are missing.
// Plain JavaScript with no dependencies, since it runs before anything is installed.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const run = (cmd) => execSync(cmd, { stdio: "inherit" });
const wantBrowser = process.argv.includes("--browser");
const chromium = process.env.CHROMIUM ?? "/usr/bin/chromium";

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
