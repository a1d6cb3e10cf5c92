// An imported network → Quotegraph's authored format (data/nodes, data/evidence, data/sources),
// for hand editing. Ids become slugs (the original goes into the aliases); quotes stay quotes,
// everything else is written as unsourced.
import type { UnplacedDataset } from "../types.ts";

export interface AuthoredFolder {
  /** Relative path (nodes/…, evidence/…, sources/…) → file text. */
  files: Map<string, string>;
  notes: string[];
}

import { SLUG_OK, slugify } from "../slug.ts";

export { slugify };

/** YAML scalar: always a double-quoted JSON string, which YAML reads back exactly. */
const q = (s: string) => JSON.stringify(s);

export function toAuthored(d: UnplacedDataset, name: string): AuthoredFolder {
  const notes: string[] = [];
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  let renamed = 0;
  for (const n of d.nodes) {
    let id = SLUG_OK.test(n.id) ? n.id : slugify(n.id);
    for (let k = 2; taken.has(id); k++) id = `${slugify(n.id)}-${k}`;
    if (id !== n.id) renamed++;
    taken.add(id);
    ids.set(n.id, id);
  }
  if (renamed)
    notes.push(`${renamed} node ids were not slugs: rewritten, the original kept as an alias.`);
  const node = d.nodes.map((n) => {
    const id = ids.get(n.id) ?? n.id;
    const aliases = [...new Set([...(id !== n.id ? [n.id] : []), ...n.aliases])];
    const lines = [`- id: ${q(id)}`, `  type: ${n.type}`, `  label: ${q(n.label)}`];
    if (aliases.length) lines.push(`  aliases: [${aliases.map(q).join(", ")}]`);
    if (n.rawType) lines.push(`  rawType: ${q(n.rawType)}`);
    const attrs = Object.entries(n.attributes ?? {});
    if (attrs.length) {
      lines.push("  attributes:");
      for (const [k, v] of attrs)
        lines.push(`    ${q(k)}: ${typeof v === "string" ? q(v) : String(v)}`);
    }
    return lines.join("\n");
  });
  const seen = new Map<string, number>();
  const relations: string[] = [];
  for (const e of d.edges) {
    const source = ids.get(e.source) ?? e.source;
    const target = ids.get(e.target) ?? e.target;
    const key = `${source}|${e.type}|${target}`;
    if (source === target) continue; // authored relations join two different nodes
    if (seen.has(key)) {
      seen.set(key, (seen.get(key) ?? 0) + 1);
      continue;
    }
    seen.set(key, 1);
    const lines = [`  - source: ${q(source)}`, `    type: ${e.type}`, `    target: ${q(target)}`];
    if (e.type === "related_to" && e.label && e.label !== "related to")
      lines.push(`    label: ${q(e.label)}`);
    if (e.undirected) lines.push("    undirected: true");
    if (e.weight !== undefined) lines.push(`    weight: ${e.weight}`);
    if (e.evidence.length === 0) lines.push("    unsourced: true");
    else {
      lines.push("    evidence:");
      for (const x of e.evidence) {
        lines.push(`      - sourceId: ${q(slugify(x.sourceId))}`, `        quote: ${q(x.quote)}`);
        lines.push(`        translation: ${q(x.translation || x.quote)}`);
      }
    }
    relations.push(lines.join("\n"));
  }
  const loops = d.edges.filter((e) => e.source === e.target).length;
  if (loops)
    notes.push(`${loops} self-loops left out: an authored relation joins two different nodes.`);
  const merged = [...seen.values()].reduce((sum, c) => sum + c - 1, 0);
  if (merged)
    notes.push(`${merged} parallel edges of the same type merged into one relation each.`);
  const files = new Map<string, string>();
  const stem = slugify(name);
  files.set(`nodes/${stem}.yaml`, `# Imported from ${name}\n${node.join("\n")}\n`);
  files.set(
    `evidence/${stem}.yaml`,
    `# Imported from ${name}\nrelations:\n${relations.join("\n")}\n`,
  );
  for (const s of d.sources) {
    const id = slugify(s.id);
    files.set(`sources/${id}.txt`, s.text);
    files.set(
      `sources/${id}.yaml`,
      [
        `title: ${q(s.title || s.id)}`,
        `publisher: ${q(s.publisher || "Not given in the imported file")}`,
        `language: ${s.language || "und"}`,
      ].join("\n") + "\n",
    );
  }
  return { files, notes };
}
