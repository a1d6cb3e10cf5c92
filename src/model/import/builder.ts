// Collects nodes and edges with the line each came from, checks them, and returns all or nothing.
import { clip, didYouMean, tidyProblem, type Problem } from "../problems.ts";
import { checkEdge, checkNode } from "./caps.ts";
import { MAX_EDGES, MAX_NODES, MAX_PROBLEMS, tooMany } from "./limits.ts";
import type { ImportedEdge, ImportedNode, ImportedSource, ParseResult } from "./types.ts";

export interface Where {
  /** When the problem is in another file than the builder's (a nodes file beside edges). */
  file?: string | undefined;
  line?: number | undefined;
  path?: string | undefined;
}

const MAX_NAMED_NOTES = 10;
/** A quote found more often than this points at no passage (and finding them all costs). */
const MAX_OCCURRENCES = 1000;

/** How often `quote` occurs in `text`, counting no further than `max`. */
export function occurrences(text: string, quote: string, max: number): number {
  if (quote === "") return 0;
  let n = 0;
  for (let at = text.indexOf(quote); at !== -1 && n < max; at = text.indexOf(quote, at + 1)) n++;
  return n;
}

/** did-you-mean compares against every id: skip it for big graphs. */
const SUGGEST_MAX_NODES = 5_000;

export class GraphBuilder {
  readonly problems: Problem[] = [];
  readonly notes: string[] = [];
  private readonly nodes: ImportedNode[] = [];
  private readonly nodeWhere = new Map<string, Where>();
  private readonly edges: ImportedEdge[] = [];
  private readonly edgeWhere: Where[] = [];

  constructor(
    readonly file: string,
    readonly format: string,
  ) {}

  /** True once parsing should stop: too many problems, or over a size limit. */
  get full(): boolean {
    return this.stopped || this.problems.length >= MAX_PROBLEMS;
  }

  private stopped = false;

  /** A problem that ends parsing at once (a size limit). */
  stop(problem: Problem): false {
    this.problems.push(problem);
    this.stopped = true;
    return false;
  }

  problem(where: Where, message: string, fix: string): false {
    if (this.problems.length < MAX_PROBLEMS) {
      const line = where.line; // read once: a JSON line is found by scanning
      this.problems.push(
        tidyProblem({
          file: where.file ?? this.file,
          ...(line === undefined ? {} : { line }),
          ...(where.path === undefined ? {} : { path: where.path }),
          message,
          fix,
        }),
      );
    }
    return false;
  }

  private readonly noted = new Set<string>();

  /**
   * A note about one of many names (an undeclared attribute, say), given once per name and for
   * at most MAX_NAMED_NOTES names, then once as "and more": notes stay readable, and each is a
   * set look-up, not a search of the notes so far.
   */
  noteOnce(group: string, name: string, note: string): void {
    const key = `${group}\u0000${name}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    const count = (this.noteCounts.get(group) ?? 0) + 1;
    this.noteCounts.set(group, count);
    if (count <= MAX_NAMED_NOTES) this.notes.push(note);
    else if (count === MAX_NAMED_NOTES + 1) this.notes.push(`… and more of the same (${group}).`);
  }

  private readonly noteCounts = new Map<string, number>();

  hasNode(id: string): boolean {
    return this.nodeWhere.has(id);
  }

  get nodeCount(): number {
    return this.nodes.length;
  }

  addNode(node: ImportedNode, where: Where = {}): boolean {
    if (node.id.trim() === "") {
      return this.problem(where, "this node has an empty id", "give every node a unique id");
    }
    const cap = checkNode(node);
    if (cap) {
      // Known, so that its edges are not reported again as pointing at nothing.
      if (!this.nodeWhere.has(node.id)) this.nodeWhere.set(node.id, where);
      return this.problem(where, `node "${clip(node.id, 40)}": ${cap.message}`, cap.fix);
    }
    const first = this.nodeWhere.get(node.id);
    if (first) {
      const at = first.line === undefined ? "" : ` (first on line ${first.line})`;
      return this.problem(
        where,
        `node "${clip(node.id)}" is defined twice${at}`,
        "give each node its own id, or merge the two definitions into one",
      );
    }
    if (this.nodes.length >= MAX_NODES) {
      return this.stop(tooMany("nodes", where.file ?? this.file, where.line));
    }
    this.nodes.push(node);
    this.nodeWhere.set(node.id, where);
    return true;
  }

  addEdge(edge: ImportedEdge, where: Where = {}): boolean {
    if (edge.source.trim() === "" || edge.target.trim() === "") {
      const end = edge.source.trim() === "" ? "source" : "target";
      return this.problem(where, `this edge has an empty ${end}`, `give the id of the ${end} node`);
    }
    const cap = checkEdge(edge);
    if (cap) return this.problem(where, `this edge's ${cap.message}`, cap.fix);
    if (this.edges.length >= MAX_EDGES) {
      return this.stop(tooMany("edges", where.file ?? this.file, where.line));
    }
    this.edges.push(edge);
    this.edgeWhere.push(where);
    return true;
  }

  /**
   * Check every edge end and every quote, then hand back the whole graph or only problems.
   * `implicitNodes`: ends that are not defined become nodes (edge lists without a nodes file).
   * `nodesFile`: where nodes are defined, named in the message when an end is missing.
   */
  finish(
    options: { implicitNodes?: boolean; nodesFile?: string; sources?: ImportedSource[] } = {},
  ): ParseResult {
    this.checkEnds(options.implicitNodes === true, options.nodesFile);
    if (options.sources) this.checkQuotes(options.sources);
    if (this.problems.length === 0 && this.nodes.length === 0) {
      this.problem(
        { line: 1 },
        `no nodes were found in this ${this.format} file`,
        "check that this is the network file, and that its nodes are where the format puts them",
      );
    }
    if (this.problems.length > 0) return { ok: false, problems: this.problems.slice() };
    const graph = {
      nodes: this.nodes,
      edges: this.edges,
      format: this.format,
      notes: this.notes,
      ...(options.sources ? { sources: options.sources } : {}),
    };
    return { ok: true, graph };
  }

  private checkEnds(implicit: boolean, nodesFile: string | undefined): void {
    const defined = this.nodes.length;
    const suggest = defined <= SUGGEST_MAX_NODES;
    for (const [i, edge] of this.edges.entries()) {
      if (this.full) return;
      for (const end of [edge.source, edge.target]) {
        if (this.nodeWhere.has(end)) continue;
        if (implicit) {
          const where = this.edgeWhere[i] ?? {};
          if (this.nodes.length >= MAX_NODES) {
            this.stop(tooMany("nodes", where.file ?? this.file, where.line));
            return;
          }
          const cap = checkNode({ id: end, attributes: {} });
          if (cap) {
            this.problem(
              where,
              `node "${clip(end, 40)}" (an end of this edge): ${cap.message}`,
              cap.fix,
            );
            this.nodeWhere.set(end, where);
            continue;
          }
          this.nodes.push({ id: end, attributes: {} });
          this.nodeWhere.set(end, {});
          continue;
        }
        const where = this.edgeWhere[i] ?? {};
        const inFile = nodesFile ? ` in ${nodesFile}` : "";
        const hint = suggest ? didYouMean(end, this.nodeWhere.keys()) : "";
        this.problem(
          where,
          `edge refers to node "${clip(end)}" that is not defined${inFile}`,
          `define a node with id "${clip(end)}"${inFile}, or correct the edge's ${end === edge.source ? "source" : "target"}.${hint}`,
        );
      }
    }
    if (implicit && this.nodes.length > defined) {
      this.notes.push(
        `${(this.nodes.length - defined).toLocaleString("en-US")} nodes were taken from the edge ends (no node definitions).`,
      );
    }
  }

  private checkQuotes(sources: ImportedSource[]): void {
    const byId = new Map(sources.map((s) => [s.id, s]));
    for (const [i, edge] of this.edges.entries()) {
      if (this.full) return;
      const where = this.edgeWhere[i] ?? {};
      if (edge.sourceId === undefined) continue;
      const source = byId.get(edge.sourceId);
      if (!source) {
        this.problem(
          where,
          `edge cites source "${clip(edge.sourceId)}" that is not defined`,
          `add a source with id "${clip(edge.sourceId)}" to "sources", or correct the id.${didYouMean(edge.sourceId, byId.keys())}`,
        );
      } else if (edge.quote !== undefined && source.text !== undefined) {
        const found = occurrences(source.text, edge.quote, MAX_OCCURRENCES + 1);
        if (found === 0) {
          this.problem(
            where,
            `the quote "${clip(edge.quote, 60)}" is not in the text of source "${clip(edge.sourceId)}"`,
            "copy the quote character for character from the source text (a quote is verbatim)",
          );
        } else if (found > MAX_OCCURRENCES) {
          this.problem(
            where,
            `the quote "${clip(edge.quote, 60)}" occurs more than ${MAX_OCCURRENCES} times in source "${clip(edge.sourceId)}": it points at no one place`,
            "quote a longer passage, one that occurs once",
          );
        }
      }
    }
  }
}
