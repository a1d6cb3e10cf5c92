import type { Dataset, GraphNode } from "./types.ts";

export interface Mention {
  sourceId: string;
  /** Where the first name of the node occurs in the source text (UTF-16 offsets). */
  start: number;
  end: number;
  count: number;
}

/** Sources whose text names the node (by label, Chinese label or alias of 2+ characters). */
export function sourcesMentioning(dataset: Dataset, node: GraphNode): Mention[] {
  const names = [...new Set([node.label, node.labelZh ?? "", ...node.aliases])].filter(
    (n) => n.length >= 2,
  );
  const out: Mention[] = [];
  for (const source of dataset.sources) {
    let first: { start: number; end: number } | undefined;
    let count = 0;
    for (const name of names) {
      for (
        let at = source.text.indexOf(name);
        at !== -1;
        at = source.text.indexOf(name, at + name.length)
      ) {
        count++;
        if (!first || at < first.start) first = { start: at, end: at + name.length };
      }
    }
    if (first) out.push({ sourceId: source.id, ...first, count });
  }
  return out;
}
