// Open or drop network files in the browser: the same parsers and messages as `npm run bundle`.
// A file that fails leaves the graph on screen as it was.
import { formatProblem } from "../model/problems.ts";
import { useAppStore } from "../state/store.ts";
import { DEFAULT_VIEW } from "../state/view.ts";

export async function openNetwork(fileList: FileList | readonly File[]): Promise<void> {
  const store = useAppStore.getState();
  const files = await Promise.all(
    [...fileList].map(async (f) => ({ name: f.name, text: await f.text() })),
  );
  if (files.length === 0) return;
  // Parsers and the layout engine load only when someone brings a file.
  const { importNetwork } = await import("../graph/importNetwork.ts");
  const result = importNetwork(files);
  if (!result.ok) {
    store.setImportProblems(result.problems.map(formatProblem));
    return;
  }
  window.history.pushState(null, "", window.location.pathname);
  store.setDataset(result.dataset);
  store.applyView({ ...DEFAULT_VIEW, lang: store.lang });
  const r = result.report;
  store.setImportProblems([]);
  store.addNotices([
    `Opened ${files.map((f) => f.name).join(" + ")}: ${r.nodes} nodes, ${r.edges} edges (${r.format}).`,
    ...r.notes,
  ]);
}
