// Open or drop network files in the browser: the same parsers and messages as `npm run bundle`.
// A file that fails leaves the graph on screen as it was.
import { hasHanText } from "../model/han.ts";
import { runImport } from "./importInWorker.ts";
import { formatProblem } from "../model/problems.ts";
import { useAppStore } from "../state/store.ts";
import { DEFAULT_VIEW } from "../state/view.ts";

export async function openNetwork(fileList: FileList | readonly File[]): Promise<void> {
  const store = useAppStore.getState();
  if (fileList.length === 0) return;
  // Parsing and layout take a while on a large file (in a worker, or here where none can start):
  // say so before they start.
  store.setOpening([...fileList].map((f) => f.name).join(" + "));
  try {
    await open(fileList);
  } finally {
    store.setOpening(null);
  }
}

/** Two frames: the "Opening…" notice is painted before work that may hold the page. */
const painted = () =>
  new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));

async function open(fileList: FileList | readonly File[]): Promise<void> {
  const store = useAppStore.getState();
  const files = await Promise.all(
    [...fileList].map(async (f) => ({ name: f.name, text: await f.text() })),
  );
  await painted();
  const result = await runImport(files);
  if (!result.ok) {
    store.setImportProblems(result.problems.map(formatProblem));
    return;
  }
  // Chinese labels get search keys in both scripts and in pinyin, as `npm run bundle` gives them
  // (the converters and dictionary load only for such a file).
  const dataset = hasHanText(result.dataset.nodes)
    ? (await import("../model/searchKeys.ts")).addSearchKeys(result.dataset)
    : result.dataset;
  window.history.pushState(null, "", window.location.pathname);
  store.setDataset(dataset);
  store.applyView({ ...DEFAULT_VIEW, lang: store.lang });
  const r = result.report;
  store.setImportProblems([]);
  // One notice, its notes behind a disclosure: a large file's dozen notes would cover the graph.
  store.addNotices([
    {
      text: `Opened ${files.map((f) => f.name).join(" + ")}: ${r.nodes} nodes, ${r.edges} edges (${r.format}).`,
      details: r.notes,
    },
  ]);
}
