// Open or drop network files in the browser: the same parsers and messages as `npm run bundle`.
// A file that fails leaves the graph on screen as it was.
import { hasHanText } from "../model/han.ts";
import { runImport } from "./importInWorker.ts";
import { importFailed } from "../model/import/importFailed.ts";
import { clip, formatProblem } from "../model/problems.ts";
import type { NetworkFile } from "../model/import/types.ts";
import { inputTooLarge, MAX_INPUT_CHARS } from "../model/import/limits.ts";
import { useAppStore, type Notice } from "../state/store.ts";
import { DEFAULT_VIEW } from "../state/view.ts";

export async function openNetwork(fileList: FileList | readonly File[]): Promise<void> {
  const store = useAppStore.getState();
  if (fileList.length === 0) return;
  // Parsing and layout take a while on a large file (in a worker, or here where none can start):
  // say so before they start, with a way to stop.
  const names = [...fileList].map((f) => f.name).join(" + ");
  const stopper = new AbortController();
  const stop = () => stopper.abort(new DOMException(`stopped opening ${names}`, "AbortError"));
  store.setOpening({ names, stop });
  try {
    await open(fileList, stopper.signal);
  } catch (error) {
    if (!stopper.signal.aborted) throw error;
  } finally {
    store.setOpening(null);
  }
  if (stopper.signal.aborted)
    store.addNotices([`Stopped opening ${names}: the network on screen is as it was.`]);
}

/** Two frames: the "Opening…" notice is painted before work that may hold the page. */
const painted = () =>
  new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));

/** Reads, imports and shows the files; rejects, changing nothing, once `signal` is aborted. */
async function open(fileList: FileList | readonly File[], signal: AbortSignal): Promise<void> {
  const store = useAppStore.getState();
  const files: NetworkFile[] = [];
  for (const f of fileList) {
    // Past 4 bytes a character, the text is surely over the importer's limit: say so before
    // the tab tries to hold it.
    if (f.size > 4 * MAX_INPUT_CHARS) {
      const big = inputTooLarge("", f.name, f.size);
      if (big) store.setImportProblems([formatProblem(big)]);
      return;
    }
    try {
      files.push({ name: f.name, text: await f.text() });
    } catch (error) {
      // Unreadable (moved, no permission) or too large for the tab to hold as text.
      const why = error instanceof Error ? error.message : String(error);
      const problem = {
        file: f.name,
        line: 1,
        message: `this file could not be read (${clip(why)})`,
        fix: "check that the file is still there and readable; a file over 50 MB is too large to open",
      };
      store.setImportProblems([formatProblem(problem)]);
      return;
    }
  }
  await painted();
  signal.throwIfAborted();
  const result = await runImport(files, signal).catch((error: unknown) => {
    if (signal.aborted) throw error;
    return importFailed(files, error);
  });
  signal.throwIfAborted();
  if (!result.ok) {
    store.setImportProblems(result.problems.map(formatProblem));
    return;
  }
  // Chinese labels get search keys in both scripts and in pinyin, as `npm run bundle` gives them
  // (the converters and dictionary load only for such a file).
  const dataset = hasHanText(result.dataset.nodes)
    ? (await import("../model/searchKeys.ts")).addSearchKeys(result.dataset)
    : result.dataset;
  signal.throwIfAborted();
  store.openDataset(dataset, { ...DEFAULT_VIEW, lang: store.lang });
  store.setOpening(null);
  const r = result.report;
  store.setImportProblems([]);
  const names = files.map((f) => f.name).join(" + ");
  // One notice, its notes behind a disclosure: a large file's dozen notes would cover the graph.
  const opened: Notice = {
    text: `Opened ${names}: ${r.nodes} nodes, ${r.edges} edges (${r.format}).`,
    details: r.notes,
    builtIn: true,
  };
  store.addNotices([opened]);
  // Kept for the next load (IndexedDB, its code loaded now) until the reader goes back; the
  // notice then says whether this browser keeps it.
  const kept = await import("./storedNetwork.ts").then(
    (m) => m.keepNetwork(dataset, names),
    () => false,
  );
  const said: Notice = {
    ...opened,
    text: `${opened.text} ${
      kept
        ? "Kept in this browser until you go back to the built-in network."
        : "This browser would not keep it (a private window, or storage full): a reload shows the built-in network."
    }`,
  };
  useAppStore.setState((s) => ({ notices: s.notices.map((n) => (n === opened ? said : n)) }));
}
