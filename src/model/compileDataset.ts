// Authored files → checked, merged dataset (without positions). Pure: no file system, no layout.
import { certaintyOf } from "./certainty.ts";
import { MAX_RELATIONS } from "./limits.ts";
import { compileStories } from "./stories.ts";
import {
  clip,
  tidyProblem,
  definedOnly,
  didYouMean,
  formatPath,
  type Problem,
} from "./problems.ts";
import { readDocument, readInput, type DataFile, type Input, type Located } from "./readInput.ts";
import { resolveEvidence } from "./resolveEvidence.ts";
import type { AuthoredEvidence, AuthoredRelation, EvidenceFile } from "./schema.ts";
import { mergeDate, mergeText } from "./spans.ts";
import type { Evidence, Fact, GraphEdge, Source, UnplacedDataset, UnplacedNode } from "./types.ts";
import { RELATION_TYPES, type NodeType, type RelationType } from "./vocabulary.ts";

export type CompileResult =
  { ok: true; dataset: UnplacedDataset } | { ok: false; problems: Problem[] };

interface Place {
  file: string;
  line: number | undefined;
  path: string;
}

export function compileDataset(files: readonly DataFile[]): CompileResult {
  const { input, problems } = readInput(files);
  const sources = compileSources(input, problems);
  const nodes = compileNodes(input, problems);
  const edges = new Map<string, { edge: GraphEdge; first: Place }>();
  const facts = new Map<string, Map<string, { fact: Fact; first: Place }>>();
  const texts = new Map(sources.map((s) => [s.id, s.text]));
  for (const file of input.evidenceFiles) {
    const resolve = (evidence: readonly AuthoredEvidence[], path: (string | number)[]) =>
      resolveAll(file, texts, input, evidence, path, problems);
    file.value.relations.forEach((rel, i) => {
      const place = placeOf(file, ["relations", i]);
      if (!checkEndpoints(rel, nodes, input.invalidNodeIds, place, problems)) return;
      if (!checkSourcing(rel, place, problems)) return;
      if (rel.label && rel.type !== "related_to") {
        problems.push({
          ...at({ ...place, path: `${place.path}.label` }),
          message: `a label is for related_to relations only; "${rel.type}" reads "${RELATION_TYPES[rel.type].label}"`,
          fix: "remove the label, or use type: related_to",
        });
        return;
      }
      const evidence = resolve(rel.evidence ?? [], ["relations", i, "evidence"]);
      if (evidence) addRelation(edges, rel, withNote(evidence, rel.note), place, problems);
    });
    const factIds = new Set<string>();
    file.value.facts.forEach((f, i) => {
      const place = placeOf(file, ["facts", i]);
      if (!nodes.has(f.node)) {
        if (!input.invalidNodeIds.has(f.node))
          problems.push(unknownNode(place, "node", f.node, nodes));
        return;
      }
      const key = `${f.node}/${f.id}`;
      if (factIds.has(key)) {
        problems.push({
          ...at(place),
          message: `fact "${clip(f.id)}" of "${clip(f.node)}" is listed twice in this file`,
          fix: "merge the two into one fact with all the quotes",
        });
        return;
      }
      factIds.add(key);
      const evidence = resolve(f.evidence, ["facts", i, "evidence"]);
      if (evidence) addFact(facts, f.node, f.id, f.text, evidence, place, problems);
    });
  }
  for (const { edge, first } of edges.values()) {
    const certainty = certaintyOf(edge.evidence);
    if (edge.unsourced) continue;
    if (certainty === "denied") {
      problems.push({
        ...at(first),
        message: `relation ${clip(edge.id)} has only contradicting quotes: a denied relation is never recorded`,
        fix: "remove the relation and keep the denial as a fact about the node",
      });
    } else edge.certainty = certainty;
  }
  // Stories are read by stories.ts's own parseDocument: files that would throw there (alias
  // misuse, deep nesting) are reported here, with a line, and left out.
  const storyFiles = files.filter((f) => {
    if (f.path.split("/").at(-2) !== "stories") return false;
    const read = readDocument(f, { aliases: false });
    if (!read.ok) problems.push(read.problem);
    return read.ok;
  });
  const { stories, problems: storyProblems } = compileStories(storyFiles, {
    nodes: [...nodes.values()],
    edges: [...edges.values()].map((e) => e.edge),
  });
  problems.push(...storyProblems);
  if (edges.size > MAX_RELATIONS) {
    problems.push({
      file: input.evidenceFiles.at(-1)?.file ?? "data/evidence",
      message: `${edges.size.toLocaleString("en")} relations in all; Quotegraph compiles at most ${MAX_RELATIONS.toLocaleString("en")}`,
      fix: "split the network, or keep the relations a reader needs",
    });
  }
  if (problems.length > 0) return { ok: false, problems: problems.map(tidyProblem) };
  const placed: UnplacedNode[] = [...nodes.values()].map((n) => {
    const nodeFacts = facts.get(n.id);
    return nodeFacts ? { ...n, facts: [...nodeFacts.values()].map((f) => f.fact) } : n;
  });
  const edgeList = [...edges.values()].map((e) => e.edge).sort((a, b) => cmp(a.id, b.id));
  return {
    ok: true,
    dataset: {
      schemaVersion: 1,
      sources,
      nodes: placed,
      edges: edgeList,
      ...(stories.length ? { stories } : {}),
    },
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function at(p: Place): Pick<Problem, "file" | "line" | "path"> {
  return { file: p.file, ...(p.line === undefined ? {} : { line: p.line }), path: p.path };
}

function placeOf(file: Located<unknown>, path: (string | number)[]): Place {
  return { file: file.file, line: file.doc.lineOf(path), path: formatPath(path) };
}

function compileSources(input: Input, problems: Problem[]): Source[] {
  const sources: Source[] = [];
  for (const [id, meta] of input.sourceMetas) {
    const text = input.sourceTexts.get(id);
    if (!text) {
      problems.push({
        file: meta.file,
        message: `metadata for source "${clip(id)}" but no text`,
        fix: `put the article, byte-for-byte, in ${meta.file.replace(/\.[a-z]+$/, ".txt")}`,
      });
      continue;
    }
    sources.push({ id, ...definedOnly(meta.value), text: text.text });
  }
  for (const [id, text] of input.sourceTexts) {
    if (!input.sourceMetas.has(id) && !input.invalidSourceIds.has(id)) {
      problems.push({
        file: text.file,
        message: `source text "${clip(id)}" has no metadata`,
        fix: `add ${text.file.replace(/\.txt$/, ".yaml")} with title, publisher and language`,
      });
    }
  }
  return sources;
}

function compileNodes(input: Input, problems: Problem[]): Map<string, UnplacedNode> {
  const nodes = new Map<string, UnplacedNode>();
  const firstPlace = new Map<string, Place>();
  for (const file of input.nodeFiles) {
    file.value.forEach((n, i) => {
      const place = placeOf(file, [i, "id"]);
      const earlier = firstPlace.get(n.id);
      if (earlier) {
        problems.push({
          ...at(place),
          message: `duplicate node id "${clip(n.id)}" (first defined at ${earlier.file}:${earlier.line ?? "?"})`,
          fix: "give each entity one node: merge the two, or rename one id",
        });
        return;
      }
      firstPlace.set(n.id, place);
      nodes.set(n.id, {
        id: n.id,
        type: n.type,
        label: n.label,
        ...(n.labelZh ? { labelZh: n.labelZh } : {}),
        ...(n.shortLabel ? { shortLabel: n.shortLabel } : {}),
        aliases: n.aliases,
        ...(n.summary ? { summary: n.summary } : {}),
        ...(n.rawType ? { rawType: n.rawType } : {}),
        ...(n.attributes ? { attributes: n.attributes } : {}),
      });
    });
  }
  return nodes;
}

function unknownNode(
  place: Place,
  field: string,
  id: string,
  nodes: Map<string, UnplacedNode>,
): Problem {
  return {
    ...at({ ...place, path: `${place.path}.${field}` }),
    message: `"${clip(id)}" is not a node id.${didYouMean(id, nodes.keys())}`,
    fix: "use the id of a node in data/nodes/, or add that node",
  };
}

function checkEndpoints(
  rel: AuthoredRelation,
  nodes: Map<string, UnplacedNode>,
  invalidIds: Set<string>,
  place: Place,
  problems: Problem[],
): boolean {
  let ok = true;
  const info = RELATION_TYPES[rel.type];
  for (const end of ["source", "target"] as const) {
    const node = nodes.get(rel[end]);
    if (!node) {
      if (!invalidIds.has(rel[end])) problems.push(unknownNode(place, end, rel[end], nodes));
      ok = false;
      continue;
    }
    const allowed: readonly NodeType[] = end === "source" ? info.from : info.to;
    if (!allowed.includes(node.type)) {
      problems.push({
        ...at({ ...place, path: `${place.path}.${end}` }),
        message: `"${rel.type}" goes ${end === "source" ? "from" : "to"} ${allowed.join(" or ")}, but "${clip(node.id)}" is a ${node.type}`,
        fix: "check the direction of the relation, its type, or the node's type",
      });
      ok = false;
    }
  }
  if (ok && rel.source === rel.target) {
    problems.push({
      ...at(place),
      message: `relation from "${clip(rel.source)}" to itself`,
      fix: "a relation joins two different nodes",
    });
    ok = false;
  }
  return ok;
}

/** A relation has quotes, or says plainly that it has none. */
function checkSourcing(rel: AuthoredRelation, place: Place, problems: Problem[]): boolean {
  if (rel.unsourced && rel.evidence) {
    problems.push({
      ...at({ ...place, path: `${place.path}.unsourced` }),
      message: "a relation with quotes is not unsourced",
      fix: "remove unsourced: true, or remove the evidence",
    });
    return false;
  }
  if (!rel.unsourced && !rel.evidence) {
    problems.push({
      ...at(place),
      message: "this relation has no quotes",
      fix: "add evidence with at least one verbatim quote, or mark it unsourced: true if no source states it",
    });
    return false;
  }
  return true;
}

function resolveAll(
  file: Located<EvidenceFile>,
  texts: Map<string, string>,
  input: Input,
  list: readonly AuthoredEvidence[],
  path: (string | number)[],
  problems: Problem[],
): Evidence[] | undefined {
  const out: Evidence[] = [];
  list.forEach((e, i) => {
    const p = [...path, i];
    const result = resolveEvidence(e, {
      file: file.file,
      line: file.doc.lineOf(p),
      path: formatPath(p),
      defaultSourceId: file.value.sourceId,
      sourceText: (id) => texts.get(id),
      isInvalidSource: (id) => input.invalidSourceIds.has(id),
      sourceIds: texts.keys(),
      sourceFile: (id) => input.sourceTexts.get(id)?.file ?? `data/sources/${id}.txt`,
    });
    problems.push(...result.problems);
    if (result.evidence) out.push(result.evidence);
  });
  return out.length === list.length ? out : undefined;
}

function addRelation(
  edges: Map<string, { edge: GraphEdge; first: Place }>,
  rel: AuthoredRelation,
  evidence: Evidence[],
  place: Place,
  problems: Problem[],
) {
  const info = RELATION_TYPES[rel.type as RelationType];
  const [source, target] =
    "undirected" in info && rel.target < rel.source
      ? [rel.target, rel.source]
      : [rel.source, rel.target];
  const id = `${source}--${rel.type}--${target}`;
  const existing = edges.get(id);
  if (!existing) {
    const edge: GraphEdge = {
      id,
      source,
      target,
      type: rel.type,
      label: rel.label ?? info.label,
      ...(rel.from ? { from: rel.from } : {}),
      ...(rel.to ? { to: rel.to } : {}),
      ...(rel.role ? { role: rel.role } : {}),
      certainty: "stated",
      evidence,
      ...(rel.unsourced ? { unsourced: true as const } : {}),
      ...(rel.undirected ? { undirected: true as const } : {}),
      ...(rel.weight === undefined ? {} : { weight: rel.weight }),
    };
    edges.set(id, { edge, first: place });
    return;
  }
  const { edge, first } = existing;
  if (first.file === place.file) {
    problems.push({
      ...at(place),
      message: `relation ${clip(id)} is listed twice in this file (first at line ${first.line ?? "?"})`,
      fix: "merge the two into one relation with all the quotes",
    });
    return;
  }
  const merged = {
    from: mergeDate(edge.from, rel.from),
    to: mergeDate(edge.to, rel.to),
    role: mergeText(edge.role, rel.role),
  };
  for (const key of ["from", "to", "role"] as const) {
    const value = merged[key];
    if (value === null) {
      problems.push({
        ...at({ ...place, path: `${place.path}.${key}` }),
        message: `relation ${clip(id)} has ${key} "${clip(rel[key] ?? "")}" here but "${clip(edge[key] ?? "")}" in ${first.file}:${first.line ?? "?"}`,
        fix: `give ${key} in one file only, or make the two agree`,
      });
    } else if (value !== undefined) edge[key] = value;
  }
  edge.evidence.push(...evidence);
  // Quotes from any file make the relation sourced.
  if (edge.evidence.length > 0) delete edge.unsourced;
}

/** A relation's note in an evidence file is about that file's quotes: it travels with them. */
function withNote(evidence: Evidence[], note: string | undefined): Evidence[] {
  if (!note) return evidence;
  return evidence.map((e) => ({ ...e, note: e.note ? `${note} ${e.note}` : note }));
}

function addFact(
  facts: Map<string, Map<string, { fact: Fact; first: Place }>>,
  node: string,
  id: string,
  text: string,
  evidence: Evidence[],
  place: Place,
  problems: Problem[],
) {
  let byId = facts.get(node);
  if (!byId) facts.set(node, (byId = new Map()));
  const existing = byId.get(id);
  if (!existing) {
    byId.set(id, { fact: { id, text, evidence }, first: place });
    return;
  }
  if (existing.fact.text !== text) {
    problems.push({
      ...at({ ...place, path: `${place.path}.text` }),
      message: `fact "${clip(id)}" of "${clip(node)}" reads differently in ${existing.first.file}:${existing.first.line ?? "?"}`,
      fix: "use the same text in both files, or give the facts different ids",
    });
    return;
  }
  existing.fact.evidence.push(...evidence);
}
