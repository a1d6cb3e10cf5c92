// The compiler's messages beside the item they concern: a relation or fact of an evidence file,
// by its path (relations[2]…); the rest (nodes, sources) are listed apart.
import type { Problem } from "../problems.ts";

export const itemKey = (sourceId: string, kind: "relations" | "facts", index: number) =>
  `${sourceId}/${kind}[${index}]`;

export function problemsByItem(
  problems: readonly Problem[],
  folder = "data",
): { byItem: Map<string, Problem[]>; other: Problem[] } {
  const byItem = new Map<string, Problem[]>();
  const other: Problem[] = [];
  const prefix = `${folder}/evidence/`;
  for (const p of problems) {
    const m = /^(relations|facts)\[(\d+)\]/.exec(p.path ?? "");
    if (p.file.startsWith(prefix) && m) {
      const sourceId = p.file.slice(prefix.length).replace(/\.(ya?ml|json)$/, "");
      const key = itemKey(sourceId, m[1] as "relations" | "facts", Number(m[2]));
      byItem.set(key, [...(byItem.get(key) ?? []), p]);
    } else other.push(p);
  }
  return { byItem, other };
}
