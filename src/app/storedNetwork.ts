// A file the reader opened survives a reload: the network as opened (parsed, laid out, with its
// search keys) is kept in IndexedDB until the reader goes back to the built-in network, and a
// localStorage flag says so (keptFlag.ts), so a page with nothing kept never opens IndexedDB.
// Loaded on demand: when a file is opened, and on load only when the flag is set. Any failure
// (private window, full or blocked storage) leaves today's behaviour, said in a notice.
import type { Dataset } from "../model/types.ts";
import { defaultStyle } from "../model/styleChoices.ts";
import { useAppStore, type Notice } from "../state/store.ts";
import { DEFAULT_VIEW } from "../state/view.ts";
import { KEPT_FLAG } from "./keptFlag.ts";
import { loadDataset } from "./loadDataset.ts";
import { inStore as inDb } from "./idbStore.ts";

const DB = "quotegraph";
const STORE = "networks";
const KEY = "opened";
/** IndexedDB that does not answer (a stuck upgrade, a locked profile) is given up on. */
const WAIT_MS = 4000;

interface Kept {
  /** The dataset as JSON text: written and read faster than the object as structured clone. */
  text: string;
  /** What the reader opened ("a.csv + b.csv"), for the notice. */
  files: string;
  nodes: number;
  edges: number;
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, fail) =>
      setTimeout(() => fail(new Error("IndexedDB did not answer")), WAIT_MS),
    ),
  ]);
}

/** One transaction on the kept network's store. */
const inStore = <T>(mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>) =>
  inDb(DB, STORE, mode, work);

const setFlag = (value: string | null) => {
  try {
    if (value === null) window.localStorage.removeItem(KEPT_FLAG);
    else window.localStorage.setItem(KEPT_FLAG, value);
    return true;
  } catch {
    return false;
  }
};

/** Keeps `dataset` for the next load; false when this browser would not keep it. */
export async function keepNetwork(dataset: Dataset, files: string): Promise<boolean> {
  const kept: Kept = {
    text: JSON.stringify(dataset),
    files,
    nodes: dataset.nodes.length,
    edges: dataset.edges.length,
  };
  try {
    await withTimeout(inStore("readwrite", (s) => s.put(kept, KEY)));
    // Not if the reader went back (or opened another file) while it was written.
    if (useAppStore.getState().dataset !== dataset) return false;
    // Set once the network is in: a flag never points at nothing written.
    return setFlag(files);
  } catch {
    setFlag(null);
    return false;
  }
}

/** The kept network (with a notice saying so), or null: then the built-in network opens. */
export async function restoreNetwork(): Promise<Dataset | null> {
  const { addNotices } = useAppStore.getState();
  try {
    const kept = await withTimeout(inStore("readonly", (s) => s.get(KEY) as IDBRequest<Kept>));
    if (!kept) {
      setFlag(null);
      return null;
    }
    const dataset = JSON.parse(kept.text) as Dataset;
    // Kept by another version of the app that wrote another format: start afresh.
    if (dataset.schemaVersion !== 1) throw new Error("kept in an older format");
    addNotices([
      {
        text: `Showing ${kept.files} (${kept.nodes} nodes, ${kept.edges} edges), the file you opened: kept in this browser.`,
        details: [],
        builtIn: true,
      },
    ]);
    return dataset;
  } catch (error) {
    setFlag(null);
    const why = error instanceof Error ? error.message : String(error);
    addNotices([
      `The file you opened before could not be read back from this browser's storage (${why}); showing the built-in network.`,
    ]);
    return null;
  }
}

/** Forgets the kept file and shows the built-in network (graph.json) in its place. */
export async function backToBuiltIn(): Promise<void> {
  setFlag(null);
  await withTimeout(inStore("readwrite", (s) => s.delete(KEY))).catch(() => undefined);
  const store = useAppStore.getState();
  const offersWayBack = (n: Notice) => typeof n !== "string" && n.builtIn === true;
  try {
    const dataset = await loadDataset();
    store.openDataset(dataset, { ...DEFAULT_VIEW, style: defaultStyle(dataset), lang: store.lang });
    useAppStore.setState((s) => ({ notices: s.notices.filter((n) => !offersWayBack(n)) }));
  } catch (error) {
    store.addNotices([
      `The built-in network could not be loaded (${error instanceof Error ? error.message : String(error)}).`,
    ]);
  }
}
