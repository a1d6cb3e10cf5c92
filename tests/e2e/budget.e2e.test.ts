// Budgets on the production build in dist/ (made just before the browser tests): the first view's
// transfer size, computed exactly as `npm run bench` reports it, and the size of every chunk.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { firstViewGz } from "../../scripts/bench/sizes.ts";

const KIB = 1024;
/** index.html and what it loads directly (scripts, stylesheets, modulepreloads), gzip -6. */
const FIRST_VIEW_GZ = 200 * KIB;
/**
 * Requests the first view makes before its first paint: index.html, five scripts, the stylesheet
 * and graph.json. A browser opens six connections per host on HTTP/1.1; the seventh request waits
 * for one to be free, so the first view stays near that.
 */
const FIRST_VIEW_SCRIPTS = 5;
/** A chunk the browser fetches at once: more than this and it should be split. */
const CHUNK = 1_000_000;

/** The chunks allowed over CHUNK, each with its reason and a cap of its own. */
const LARGE_CHUNKS: { name: RegExp; max: number; reason: string }[] = [
  {
    name: /^opencc-phrases-[\w-]+\.js$/,
    max: 1_010_000,
    reason:
      "OpenCC's simplified→traditional phrase list (opencc-js's STPhrases.js) is one 1.0 MB " +
      "string that cannot be split without forking the dictionary; it loads only when an opened " +
      "network has Chinese labels (search keys, src/model/searchKeys.ts)",
  },
];

const assets = () =>
  readdirSync("dist/assets")
    .filter((f) => /\.(js|css)$/.test(f))
    .map((name) => ({ name, bytes: statSync(join("dist/assets", name)).size }));

describe("budgets of the build in dist/", () => {
  test(`the first view is at most ${FIRST_VIEW_GZ / KIB} KiB gzip`, () => {
    const { bytes, files } = firstViewGz("dist");
    console.log(`first view: ${(bytes / KIB).toFixed(1)} KiB gzip (${files.join(", ")})`);
    expect(files.length, "files the first view loads").toBeGreaterThan(1);
    expect(bytes, `first view in bytes gzip: ${files.join(", ")}`).toBeLessThanOrEqual(
      FIRST_VIEW_GZ,
    );
  });

  test(`the first view loads at most ${FIRST_VIEW_SCRIPTS} scripts`, () => {
    const { files } = firstViewGz("dist");
    const scripts = files.filter((f) => f.endsWith(".js"));
    // More: a module the first view shares with a later chunk got a chunk of its own (see the
    // "core" group in vite.config.ts).
    expect(scripts.length, `scripts: ${scripts.join(", ")}`).toBeLessThanOrEqual(
      FIRST_VIEW_SCRIPTS,
    );
  });

  test("no chunk is over 1 MB but those allowed, with their reason, under their own cap", () => {
    const chunks = assets();
    expect(chunks.length).toBeGreaterThan(0);
    const over = chunks
      .filter(({ name, bytes }) => {
        const allowed = LARGE_CHUNKS.find((l) => l.name.test(name));
        return bytes > (allowed?.max ?? CHUNK);
      })
      .map(({ name, bytes }) => `${name}: ${bytes} bytes`);
    expect(over).toEqual([]);
    // An entry whose chunk is gone (or back under 1 MB) goes too.
    for (const large of LARGE_CHUNKS) {
      const found = chunks.filter((c) => large.name.test(c.name));
      expect(found.length, `${large.name}: ${large.reason}`).toBe(1);
      expect(found[0]?.bytes, `${large.name} is over 1 MB`).toBeGreaterThan(CHUNK);
    }
  });
});
