// npm run build:single → dist-single/index.html: one self-contained file (app, styles, data) that
// runs from file:// with no server and no network: a speaker's safety net.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { viteSingleFile } from "vite-plugin-singlefile";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { quotegraphData } from "./scripts/dataPlugin.ts";
import { contentSecurityPolicy } from "./scripts/cspPlugin.ts";
import { slimCytoscape } from "./scripts/slimCytoscape.ts";

/** The favicon as a data: URI, so the one file needs nothing beside it. */
const inlineFavicon: Plugin = {
  name: "quotegraph-inline-favicon",
  transformIndexHtml: (html) =>
    html.replace(
      'href="favicon.svg"',
      `href="data:image/svg+xml,${encodeURIComponent(readFileSync("public/favicon.svg", "utf8"))}"`,
    ),
};

/**
 * Leaves out the search keys for networks opened from the one file: their script converters and
 * pinyin dictionary would nearly triple its size (1.2 → 2.6 MB). Such a network is still found by
 * its labels as written; the built-in data keeps its baked keys.
 */
const noSearchKeysForOpenedFiles: Plugin = {
  name: "quotegraph-no-search-keys-for-opened-files",
  enforce: "pre",
  resolveId: (source, importer) =>
    source === "../model/searchKeys.ts" && importer?.endsWith("/src/app/openNetwork.ts")
      ? "\0quotegraph-labels-as-keys"
      : null,
  load: (id) =>
    id === "\0quotegraph-labels-as-keys"
      ? "export const addSearchKeys = (dataset) => dataset;"
      : null,
};

/** file:// cannot start a worker: opened files are parsed and laid out on the page's thread. */
const importOnThePage: Plugin = {
  name: "quotegraph-import-on-the-page",
  enforce: "pre",
  resolveId: (source, importer) =>
    source === "./importInWorker.ts" && importer?.endsWith("/src/app/openNetwork.ts")
      ? fileURLToPath(new URL("./src/app/importHere.ts", import.meta.url))
      : null,
};

/** Nor a layout worker: re-run layout on a large graph runs on the page's thread. */
const layoutOnThePage: Plugin = {
  name: "quotegraph-layout-on-the-page",
  enforce: "pre",
  resolveId: (source, importer) =>
    source === "./layoutWorkerStart.ts" && importer?.endsWith("/src/graph/relayoutLarge.ts")
      ? fileURLToPath(new URL("./src/graph/layoutWorkerNone.ts", import.meta.url))
      : null,
};

export default defineConfig({
  base: "./",
  plugins: [
    slimCytoscape(),
    react(),
    quotegraphData({ inline: true }),
    inlineFavicon,
    noSearchKeysForOpenedFiles,
    importOnThePage,
    layoutOnThePage,
    viteSingleFile({ removeViteModuleLoader: true }),
    contentSecurityPolicy(),
  ],
  publicDir: false,
  build: { outDir: "dist-single", target: "es2022", chunkSizeWarningLimit: 4000 },
});
