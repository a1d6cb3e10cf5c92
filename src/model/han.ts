import type { GraphNode } from "./types.ts";

/** Chinese (Han) characters. */
export const HAN = /\p{Script=Han}/u;

/** Whether any node has Chinese text: search can then also find it by pinyin and in either script. */
export function hasHanText(nodes: readonly Pick<GraphNode, "label" | "labelZh" | "aliases">[]) {
  return nodes.some((n) =>
    [n.label, n.labelZh, ...n.aliases].some((t) => t !== undefined && HAN.test(t)),
  );
}
