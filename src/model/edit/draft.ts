// A data folder being written in the browser editor: the same records a hand-author writes in
// sources/, nodes/ and evidence/, held as one value so that every change is a new draft (undo,
// redo and saving are then trivial). Pure: no DOM, no storage.
import type {
  AuthoredEvidence,
  AuthoredFact,
  AuthoredNode,
  AuthoredRelation,
  SourceMeta,
} from "../schema.ts";
import { slugify } from "../slug.ts";
import { RELATION_TYPES, type NodeType, type RelationType } from "../vocabulary.ts";

export interface DraftSource {
  id: string;
  meta: SourceMeta;
  text: string;
}

/** One source's evidence file: evidence/<sourceId>.yaml. */
export interface DraftEvidence {
  sourceId: string;
  relations: AuthoredRelation[];
  facts: AuthoredFact[];
}

export interface Draft {
  sources: DraftSource[];
  nodes: AuthoredNode[];
  evidence: DraftEvidence[];
}

export const EMPTY_DRAFT: Draft = { sources: [], nodes: [], evidence: [] };

/** A passage of a source, by UTF-16 offsets into its text. */
export interface Passage {
  sourceId: string;
  start: number;
  end: number;
}

/** An id not yet taken: the slug of `name`, else `fallback`, with -2, -3… when needed. */
export function freeId(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const slug = slugify(name);
  const base = slug === "node" && !/node/i.test(name) ? fallback : slug;
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

export function addSource(draft: Draft, text: string, meta: SourceMeta): [Draft, string] {
  const id = freeId(meta.titleEn ?? meta.title, new Set(draft.sources.map((s) => s.id)), "source");
  return [{ ...draft, sources: [...draft.sources, { id, meta, text }] }, id];
}

export interface NewNode {
  type: NodeType;
  label: string;
  labelZh?: string;
  aliases?: readonly string[];
}

export function addNode(draft: Draft, node: NewNode): [Draft, string] {
  const id = freeId(node.label, new Set(draft.nodes.map((n) => n.id)), node.type);
  const aliases = [...new Set(node.aliases ?? [])].filter((a) => a.trim() !== "");
  const made: AuthoredNode = {
    id,
    type: node.type,
    label: node.label.trim(),
    ...(node.labelZh?.trim() ? { labelZh: node.labelZh.trim() } : {}),
    aliases,
  };
  return [{ ...draft, nodes: [...draft.nodes, made] }, id];
}

/** The quote a passage makes, and which occurrence it is when the same words repeat. */
export function quoteAt(draft: Draft, p: Passage): Pick<AuthoredEvidence, "quote" | "occurrence"> {
  const text = draft.sources.find((s) => s.id === p.sourceId)?.text ?? "";
  const quote = text.slice(p.start, p.end);
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  const index = found.indexOf(p.start);
  return found.length > 1 && index >= 0 ? { quote, occurrence: index + 1 } : { quote };
}

export interface Quoting {
  passage: Passage;
  translation: string;
  /** The words of the quote that speculate; none: the quote states it. */
  hedgeWords: readonly string[];
}

function evidenceOf(draft: Draft, q: Quoting): AuthoredEvidence {
  return {
    ...quoteAt(draft, q.passage),
    translation: q.translation.trim(),
    ...(q.hedgeWords.length > 0 ? { hedged: true as const, hedgeWords: [...q.hedgeWords] } : {}),
  };
}

function withFile(
  draft: Draft,
  sourceId: string,
  change: (file: DraftEvidence) => DraftEvidence,
): Draft {
  const existing = draft.evidence.find((e) => e.sourceId === sourceId);
  const file = change(existing ?? { sourceId, relations: [], facts: [] });
  return {
    ...draft,
    evidence: existing
      ? draft.evidence.map((e) => (e === existing ? file : e))
      : [...draft.evidence, file],
  };
}

/**
 * Cite a passage for a relation: a quote added to the relation in that source's file, or a new
 * relation. Undirected relations keep their two ids in alphabetical order, as the format asks.
 */
export function citeRelation(
  draft: Draft,
  rel: { source: string; type: RelationType; target: string },
  q: Quoting,
): Draft {
  const undirected = "undirected" in RELATION_TYPES[rel.type];
  const [source, target] =
    undirected && rel.target < rel.source ? [rel.target, rel.source] : [rel.source, rel.target];
  const evidence = evidenceOf(draft, q);
  return withFile(draft, q.passage.sourceId, (file) => {
    const i = file.relations.findIndex(
      (r) => r.source === source && r.type === rel.type && r.target === target,
    );
    if (i === -1)
      return {
        ...file,
        relations: [...file.relations, { source, type: rel.type, target, evidence: [evidence] }],
      };
    return {
      ...file,
      relations: file.relations.map((r, j) =>
        j === i ? { ...r, evidence: [...(r.evidence ?? []), evidence] } : r,
      ),
    };
  });
}

/** Cite a passage for a fact about one node (`id`: the fact's slug, unique per node). */
export function citeFact(draft: Draft, fact: { node: string; text: string }, q: Quoting): Draft {
  const evidence = evidenceOf(draft, q);
  return withFile(draft, q.passage.sourceId, (file) => {
    const same = file.facts.findIndex((f) => f.node === fact.node && f.text === fact.text.trim());
    if (same !== -1)
      return {
        ...file,
        facts: file.facts.map((f, j) =>
          j === same ? { ...f, evidence: [...f.evidence, evidence] } : f,
        ),
      };
    const taken = new Set(file.facts.filter((f) => f.node === fact.node).map((f) => f.id));
    const id = freeId(fact.text.split(/\s+/).slice(0, 4).join(" "), taken, "fact");
    return {
      ...file,
      facts: [...file.facts, { node: fact.node, id, text: fact.text.trim(), evidence: [evidence] }],
    };
  });
}

/** Remove one relation or fact from a source's file (`kind` and its index in that file). */
export function removeItem(
  draft: Draft,
  sourceId: string,
  kind: "relations" | "facts",
  index: number,
): Draft {
  return withFile(draft, sourceId, (file) =>
    kind === "relations"
      ? { ...file, relations: file.relations.filter((_, i) => i !== index) }
      : { ...file, facts: file.facts.filter((_, i) => i !== index) },
  );
}
