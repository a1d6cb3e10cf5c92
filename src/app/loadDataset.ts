import type { Dataset } from "../model/types.ts";
import { KEPT_FLAG } from "./keptFlag.ts";

/** Where a single-file build carries its data (see scripts/dataPlugin.ts). */
const INLINE_DATA_ID = "quotegraph-data";

type EarlyWindow = { quotegraphData?: Promise<Dataset> };

/**
 * The dataset: inline in a single-file build (file:// cannot fetch), otherwise graph.json next to
 * index.html. A relative URL keeps the app working under any sub-path.
 */
export async function loadDataset(url = "graph.json"): Promise<Dataset> {
  const inline = document.getElementById(INLINE_DATA_ID);
  // A served build's index.html requests graph.json itself, before the scripts arrive.
  const early = url === "graph.json" ? (window as EarlyWindow).quotegraphData : undefined;
  const data = inline?.textContent
    ? (JSON.parse(inline.textContent) as Dataset)
    : await (early ?? fetchJson<Dataset>(url));
  if (data.schemaVersion !== 1)
    throw new Error(`${url}: unsupported schemaVersion ${String(data.schemaVersion)}`);
  return data;
}

/** The network the page opens with, and its name in the bundle when the address gave one. */
export interface FirstDataset {
  dataset: Dataset;
  network: string | null;
}

/**
 * What the page opens: the bundle's network the address names (`?data=`), else the file the
 * reader opened and kept in this browser (IndexedDB, see storedNetwork.ts), else graph.json.
 */
export async function firstDataset(search = window.location.search): Promise<FirstDataset> {
  const name = new URLSearchParams(search).get("data");
  if (name !== null) {
    // Loaded only for such an address: it finds the name in networks.json.
    const { loadNetwork } = await import("./namedNetwork.ts");
    return { dataset: await loadNetwork(name), network: name };
  }
  if (kept()) {
    // Loaded only when a file is kept; any failure there means the built-in network.
    const stored = await import("./storedNetwork.ts").then(
      (m) => m.restoreNetwork(),
      () => null,
    );
    if (stored) return { dataset: stored, network: null };
  }
  return { dataset: await loadDataset(), network: null };
}

/** Whether a file opened before is kept. The early request in index.html means none is. */
function kept(): boolean {
  if ((window as EarlyWindow).quotegraphData) return false;
  try {
    return Boolean(window.localStorage.getItem(KEPT_FLAG));
  } catch {
    return false; // storage blocked: nothing can be kept either
  }
}

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
