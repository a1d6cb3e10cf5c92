// Vite plugin: compiles data/ into graph.json. Dev: served at ./graph.json and recompiled with a
// full reload on every data edit (errors shown in Vite's overlay). Build: compiled in buildStart,
// before dist/ is touched, so a data error fails the build and leaves the previous output as it was.
import { resolve } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { formatProblem } from "../src/model/problems.ts";
import { buildDataset, serialize, type BuildResult } from "./buildDataset.ts";
import { KEPT_FLAG } from "../src/app/keptFlag.ts";

export const GRAPH_FILE = "graph.json";

function describe(result: Extract<BuildResult, { ok: false }>): string {
  return `Quotegraph data has ${result.problems.length} problem(s); nothing written.\n\n${result.problems.map(formatProblem).join("\n")}`;
}

/** The id of the <script type="application/json"> that carries the data in a single-file build. */
export const INLINE_DATA_ID = "quotegraph-data";

/** The window property that holds the early request (read by src/app/loadDataset.ts). */
const EARLY_DATA = "quotegraphData";

/**
 * A classic inline script, early in <head>: it runs before the stylesheet and the module scripts
 * arrive, so the data is fetched and parsed while they download and compile, and the app's first
 * render starts in the task that evaluates its modules (no extra task and frame in between). The
 * error text is loadDataset's own. The empty catch keeps a failed request from being reported as
 * unhandled before the app awaits it (it still rejects there). Not when the page will show
 * another network: one the address names (`?data=`), or a file the reader opened and kept
 * (src/app/loadDataset.ts's firstDataset then loads it).
 */
const EARLY_REQUEST =
  `var k;try{k=localStorage.getItem("${KEPT_FLAG}")}catch(e){}` +
  `if(!k&&!/[?&]data=/.test(location.search)){` +
  `window.${EARLY_DATA}=fetch("${GRAPH_FILE}").then(function(r){` +
  `if(!r.ok)throw new Error("Could not load ${GRAPH_FILE}: HTTP "+r.status);return r.json()});` +
  `window.${EARLY_DATA}.catch(function(){})}`;

/** JSON inside a <script> element: "</" and U+2028/2029 must not end or break it. */
function scriptSafe(json: string): string {
  return json
    .replaceAll("</", "<\\/")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
}

export function quotegraphData(options: { dir?: string; inline?: boolean } = {}): Plugin {
  let dir = "";
  let json: string | undefined;
  let lastError: string | undefined;

  const compile = () => {
    const result = buildDataset(dir);
    if (result.ok) {
      json = serialize(result.dataset);
      lastError = undefined;
    } else {
      lastError = describe(result);
    }
    return result;
  };

  const reportToClient = (server: ViteDevServer) => {
    if (lastError) {
      server.config.logger.error(lastError);
      server.ws.send({ type: "error", err: { message: lastError, stack: "" } });
    } else {
      server.ws.send({ type: "full-reload", path: "*" });
    }
  };

  return {
    name: "quotegraph-data",
    configResolved(config) {
      dir = resolve(config.root, options.dir ?? process.env.QUOTEGRAPH_DATA ?? "data");
    },
    buildStart() {
      const result = compile();
      if (!result.ok) this.error(describe(result));
    },
    generateBundle() {
      if (json !== undefined && !options.inline) {
        this.emitFile({ type: "asset", fileName: GRAPH_FILE, source: json });
      }
    },
    transformIndexHtml: {
      // "post": after Vite has added the module script, its preloads and the stylesheet.
      order: "post",
      handler(html) {
        // Served build: fetch and parse the data while the scripts are still downloading. After
        // the module script and its preloads, so the scripts' requests go out first (they are
        // the first view's critical path; the data, smaller, arrives before them anyway), and
        // before the stylesheet, which an inline script would otherwise wait for.
        if (!options.inline) {
          const script = `<script>${EARLY_REQUEST}</script>\n    `;
          const at = html.search(/<link rel="stylesheet"|<\/head>/i);
          if (at < 0) throw new Error("index.html has no </head>");
          return html.slice(0, at) + script + html.slice(at);
        }
        if (json === undefined) return [];
        return [
          {
            tag: "script",
            attrs: { type: "application/json", id: INLINE_DATA_ID },
            children: scriptSafe(json.trimEnd()),
            injectTo: "head",
          },
        ];
      },
    },
    configureServer(server) {
      compile();
      server.watcher.add(dir);
      const onChange = (file: string) => {
        if (!file.startsWith(dir)) return;
        compile();
        reportToClient(server);
      };
      server.watcher.on("change", onChange);
      server.watcher.on("add", onChange);
      server.watcher.on("unlink", onChange);
      server.middlewares.use((req, res, next) => {
        if (!req.url?.split("?")[0]?.endsWith(`/${GRAPH_FILE}`)) return next();
        if (json === undefined) {
          res.statusCode = 500;
          res.setHeader("content-type", "text/plain; charset=utf-8");
          res.end(lastError ?? "data not compiled");
          return;
        }
        res.setHeader("content-type", "application/json; charset=utf-8");
        res.end(json);
      });
    },
  };
}
