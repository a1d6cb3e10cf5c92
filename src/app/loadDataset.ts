import type { Dataset } from "../model/types.ts";

/** graph.json sits next to index.html: a relative URL keeps the app working under any sub-path. */
export async function loadDataset(url = "graph.json"): Promise<Dataset> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  const data = (await response.json()) as Dataset;
  if (data.schemaVersion !== 1)
    throw new Error(`${url}: unsupported schemaVersion ${String(data.schemaVersion)}`);
  return data;
}
