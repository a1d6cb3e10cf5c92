import type { Dataset } from "../model/types.ts";

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
    : await (early ?? fetchJson(url));
  if (data.schemaVersion !== 1)
    throw new Error(`${url}: unsupported schemaVersion ${String(data.schemaVersion)}`);
  return data;
}

async function fetchJson(url: string): Promise<Dataset> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  return (await response.json()) as Dataset;
}
