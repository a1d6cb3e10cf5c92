// A bundle of several networks: networks.json lists them, `?data=<name>` picks one. Small: the
// first view reads it when the address names a network.

/** The file that lists a bundle's networks, next to index.html. */
export const NETWORK_INDEX = "networks.json";

export interface NetworkEntry {
  /** The name in `?data=`: a slug. */
  name: string;
  /** Its graph file, relative to index.html (the first network's is graph.json). */
  file: string;
  title: string;
  nodes: number;
  edges: number;
}

export interface NetworkIndex {
  schemaVersion: 1;
  networks: NetworkEntry[];
}

/** A network name is a slug: it can only ever name a file in the bundle's own folder. */
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The graph file `?data=<name>` asks for, or a message that lists the names there are. */
export function networkFile(
  index: NetworkIndex,
  name: string,
): { file: string } | { error: string } {
  const found = NAME.test(name) ? index.networks.find((n) => n.name === name) : undefined;
  if (found && /^[\w-]+(?:\/[\w-]+)?\.json$/.test(found.file)) return { file: found.file };
  const names = index.networks.map((n) => `${n.name} (${n.title})`).join(", ");
  return {
    error:
      `This page has no network named “${name}”. It has ${index.networks.length}: ${names}. ` +
      `Open one with ?data=<name>, e.g. ?data=${index.networks[0]?.name ?? ""}.`,
  };
}
