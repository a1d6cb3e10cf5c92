import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { quotegraphData } from "./scripts/dataPlugin.ts";
import { oembed } from "./scripts/oembedPlugin.ts";
import { contentSecurityPolicy } from "./scripts/cspPlugin.ts";
import { slimCytoscape } from "./scripts/slimCytoscape.ts";

// base "./": the built app works under any sub-path and from any static host.
export default defineConfig({
  base: "./",
  plugins: [slimCytoscape(), react(), quotegraphData(), oembed(), contentSecurityPolicy()],
  // React 19 reads no propTypes: react-cytoscapejs's validators are stubbed (src/app/noPropTypes.ts).
  resolve: {
    alias: [
      {
        find: /^prop-types$/,
        replacement: fileURLToPath(new URL("./src/app/noPropTypes.ts", import.meta.url)),
      },
    ],
  },
  // The import worker (src/graph/importWorker.ts) is a module, like the page's scripts.
  worker: { format: "es" },
  build: {
    target: "es2022",
    // For the browser tests' coverage (npm test sets QUOTEGRAPH_SOURCEMAP=1): each chunk's map is
    // written beside it but never referenced ("hidden": no sourceMappingURL comment), so the
    // scripts are byte for byte those of a build without maps, and the first-view budget counts
    // what the bench counts. scripts/coverage/report.ts maps the pages' V8 coverage back to src/.
    sourcemap: process.env.QUOTEGRAPH_SOURCEMAP ? "hidden" : false,
    // As tests/e2e/budget.e2e.test.ts: no chunk over 1 MB but OpenCC's phrase list (1.0 MB).
    chunkSizeWarningLimit: 1010,
    rolldownOptions: {
      output: {
        // The first view as a few scripts, not one (the entry, React, Cytoscape, "core" and
        // Rolldown's runtime): the browser compiles them in parallel while they download, so the
        // app starts sooner (three scripts instead of one took a 77-node graph's first paint from
        // 1.29 to 1.19 times the bare page's in a 30-round A/B).
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // The app's modules the first view needs that later chunks share too (the store, the
            // vocabulary, …): one chunk, instead of one small chunk each. The first view then
            // fetches five scripts, not eight, and Cytoscape's no longer waits for one of the six
            // connections a browser opens per host on HTTP/1.1 (~5 ms sooner first paint in a
            // 40-round A/B; more where each request costs a round trip).
            {
              name: "core",
              tags: ["$initial"],
              minShareCount: 2,
              // The app's own modules (Cytoscape is compiled from node_modules/cytoscape/src/).
              test: (id: string) => /[\\/]src[\\/]/.test(id) && !/node_modules/.test(id),
            },
            { name: "cytoscape", test: /node_modules[\\/](cytoscape|lodash|heap)[\\/]/ },
            // The search keys of an opened network with Chinese labels (src/model/searchKeys.ts),
            // fetched together when such a file is opened: the pinyin dictionary, OpenCC's
            // simplified→traditional phrase list (one 1 MB string, so a chunk of its own) and the
            // rest of OpenCC, each under 1 MB instead of one 1.48 MB chunk.
            { name: "pinyin", test: /node_modules[\\/]pinyin-pro[\\/]/ },
            {
              name: "opencc-phrases",
              test: /node_modules[\\/]opencc-js[\\/].*[\\/]STPhrases\.js$/,
            },
            // The character tables search and the source reader fold both scripts with
            // (src/model/loadScriptFold.ts), apart from the rest of OpenCC and its phrase list.
            {
              name: "opencc-chars",
              test: /node_modules[\\/]opencc-js[\\/].*[\\/](TSCharacters|TWVariantsRev|HKVariantsRev)\.js$/,
            },
            { name: "opencc", test: /node_modules[\\/]opencc-js[\\/]/ },
          ],
        },
      },
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});
