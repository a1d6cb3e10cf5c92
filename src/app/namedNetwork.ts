// `?data=<name>`: one of the networks of a bundle made from several (npm run bundle -- a.gexf
// b.json), found by name in networks.json. Loaded only for such an address.
import type { Dataset } from "../model/types.ts";
import { NETWORK_INDEX, networkFile, type NetworkIndex } from "../model/networkIndex.ts";
import { fetchJson, loadDataset } from "./loadDataset.ts";

/** One of a bundle's networks, by the name networks.json gives it. */
export async function loadNetwork(name: string): Promise<Dataset> {
  const index = await fetchJson<NetworkIndex>(NETWORK_INDEX).catch(() => null);
  if (!index?.networks)
    throw new Error(
      `This page holds one network: ?data=${name} names one of a bundle's networks ` +
        "(npm run bundle -- a.gexf b.json --out <dir>). Open the page without ?data=.",
    );
  const found = networkFile(index, name);
  if ("error" in found) throw new Error(found.error);
  return loadDataset(found.file);
}
