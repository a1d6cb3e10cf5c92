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
import { RELATION_TYPES, type NodeType, type RelationType } from "../vocabulary.ts";
import { occurrences } from "./builder.ts";
import { relationLabel } from "./relationTypes.ts";

export { slugify };

/**
 * Ids made unique: `wanted`, else `<base>-2`, `<base>-3` … A counter per base keeps this linear
 * when thousands of ids slugify alike.
 */
function uniqueIds(): (wanted: string, base: string) => string {
  const taken = new Set<string>();
  const next = new Map<string, number>();
  return (wanted, base) => {
    let id = wanted;
    let k = next.get(base) ?? 2;
    while (taken.has(id)) id = `${base}-${k++}`;
    next.set(base, k);
    taken.add(id);
    return id;
  };
}

function endsFit(type: RelationType, from?: NodeType, to?: NodeType): boolean {
  const info: { from: readonly NodeType[]; to: readonly NodeType[] } = RELATION_TYPES[type];
  return from !== undefined && to !== undefined && info.from.includes(from) && info.to.includes(to);
}

/** YAML scalar: always a double-quoted JSON string, which YAML reads back exactly. */
const q = (s: string) => JSON.stringify(s);

export function toAuthored(d: UnplacedDataset, name: string): AuthoredFolder {
  const notes: string[] = [];
  const ids = new Map<string, string>();
  const unique = uniqueIds();
  let renamed = 0;
  for (const n of d.nodes) {
    const id = unique(SLUG_OK.test(n.id) ? n.id : slugify(n.id), slugify(n.id));
    if (id !== n.id) renamed++;
    ids.set(n.id, id);
  }
  const types = new Map(d.nodes.map((n) => [ids.get(n.id) ?? n.id, n.type]));
  let retyped = 0;
  let protoKeys = 0;
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
      for (const [k, v] of attrs) {
        // zod (and so the compiler) drops a key "__proto__": written under a name it keeps.
        if (k === "__proto__") protoKeys++;
        const key = k === "__proto__" ? "_proto_" : k;
        lines.push(`    ${q(key)}: ${typeof v === "string" ? q(v) : String(v)}`);
      }
    }
    return lines.join("\n");
  });
  const uniqueSource = uniqueIds();
  const sourceIds = new Map(
    d.sources.map((s) => [s.id, uniqueSource(slugify(s.id), slugify(s.id))]),
  );
  const texts = new Map(d.sources.map((s) => [s.id, s.text]));
  const seen = new Map<string, number>();
  const relations: string[] = [];
  for (const e of d.edges) {
    const source = ids.get(e.source) ?? e.source;
    const target = ids.get(e.target) ?? e.target;
    if (source === target) continue; // authored relations join two different nodes
    // A vocabulary type between nodes it does not join (the file typed the edge, not its
    // ends): related_to, with the type's words as the label.
    const fits = endsFit(e.type, types.get(source), types.get(target));
    if (!fits) retyped++;
    const type = fits ? e.type : "related_to";
    const label = fits ? e.label : e.label || relationLabel(e.type);
    const key = `${source}|${type}|${target}`;
    if (seen.has(key)) {
      seen.set(key, (seen.get(key) ?? 0) + 1);
      continue;
    }
    seen.set(key, 1);
    const lines = [`  - source: ${q(source)}`, `    type: ${type}`, `    target: ${q(target)}`];
    if (type === "related_to" && label && label !== "related to")
      lines.push(`    label: ${q(label)}`);
    if (e.undirected) lines.push("    undirected: true");
    if (e.weight !== undefined) lines.push(`    weight: ${e.weight}`);
    if (e.evidence.length === 0) lines.push("    unsourced: true");
    else {
      lines.push("    evidence:");
      for (const x of e.evidence) {
        // A quote found more than once says which time it means (the compiler refuses it
        // otherwise as ambiguous).
        const text = texts.get(x.sourceId) ?? "";
        const nth = occurrences(text.slice(0, x.start + x.quote.length), x.quote, Infinity);
        const more = nth > 1 || occurrences(text.slice(x.start + 1), x.quote, 1) > 0;
        lines.push(
          `      - sourceId: ${q(sourceIds.get(x.sourceId) ?? slugify(x.sourceId))}`,
          `        quote: ${q(x.quote)}`,
        );
        if (more) lines.push(`        occurrence: ${nth}`);
        lines.push(`        translation: ${q(x.translation || x.quote)}`);
      }
    }
    relations.push(lines.join("\n"));
  }
  if (retyped)
    notes.push(
      `${retyped} edges had a Quotegraph relation type their nodes' types do not allow: written as related_to, with the type as the label.`,
    );
  if (protoKeys)
    notes.push(
      `${protoKeys} attributes named "__proto__" written as "_proto_" (a name the data format cannot hold).`,
    );
  const loops = d.edges.filter((e) => e.source === e.target).length;
  if (loops)
    notes.push(`${loops} self-loops left out: an authored relation joins two different nodes.`);
  const merged = [...seen.values()].reduce((sum, c) => sum + c - 1, 0);
  if (merged)
    notes.push(`${merged} parallel edges of the same type merged into one relation each.`);
  const files = new Map<string, string>();
  // File names: at most 255 bytes on most systems.
  const stem = slugify(name).slice(0, 100);
  files.set(`nodes/${stem}.yaml`, `# Imported from ${name}\n${node.join("\n")}\n`);
  files.set(
    `evidence/${stem}.yaml`,
    relations.length === 0
      ? `# Imported from ${name}\nrelations: []\n`
      : `# Imported from ${name}\nrelations:\n${relations.join("\n")}\n`,
  );
  for (const s of d.sources) {
    const id = sourceIds.get(s.id) ?? slugify(s.id);
    files.set(`sources/${id}.txt`, s.text);
    files.set(
      `sources/${id}.yaml`,
      [
        `title: ${q(s.title.trim() || s.id)}`,
        `publisher: ${q(s.publisher || "Not given in the imported file")}`,
        `language: ${s.language || "und"}`,
      ].join("\n") + "\n",
    );
  }
  return { files, notes };
}
