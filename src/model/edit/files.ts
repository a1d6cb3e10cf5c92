// A draft as the files of a data folder, written as a hand-author would write them, and back.
import { parse, stringify } from "yaml";
import type { DataFile } from "../readInput.ts";
import type { AuthoredNode, SourceMeta } from "../schema.ts";
import type { NodeType } from "../vocabulary.ts";
import type { Draft, DraftEvidence, DraftSource } from "./draft.ts";

/** Which nodes file a type goes in, as in the Sora data. */
const NODE_FILE: Record<NodeType, string> = {
  person: "people",
  company: "organisations",
  university: "organisations",
  lab: "organisations",
  funder: "organisations",
  venue: "organisations",
  paper: "works",
  project: "works",
  entity: "other",
};

const META_ORDER: (keyof SourceMeta)[] = [
  "title",
  "titleEn",
  "publisher",
  "author",
  "published",
  "language",
  "url",
  "originalFile",
  "note",
];

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });

function metaInOrder(meta: SourceMeta): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of META_ORDER) {
    const v = meta[key];
    if (v !== undefined && v !== "") out[key] = v;
  }
  return out;
}

/** The draft's files, paths under `folder` (e.g. data/sources/x.txt). */
export function draftToFiles(draft: Draft, folder = "data"): DataFile[] {
  const files: DataFile[] = [];
  for (const s of draft.sources) {
    files.push({ path: `${folder}/sources/${s.id}.txt`, text: s.text });
    files.push({ path: `${folder}/sources/${s.id}.yaml`, text: yaml(metaInOrder(s.meta)) });
  }
  const groups = new Map<string, AuthoredNode[]>();
  for (const n of draft.nodes) {
    const name = NODE_FILE[n.type];
    groups.set(name, [...(groups.get(name) ?? []), n]);
  }
  for (const [name, nodes] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1)))
    files.push({ path: `${folder}/nodes/${name}.yaml`, text: yaml(nodes) });
  for (const e of draft.evidence) {
    if (e.relations.length === 0 && e.facts.length === 0) continue;
    const body: Record<string, unknown> = { sourceId: e.sourceId };
    if (e.relations.length > 0) body.relations = e.relations;
    if (e.facts.length > 0) body.facts = e.facts;
    files.push({ path: `${folder}/evidence/${e.sourceId}.yaml`, text: yaml(body) });
  }
  return files;
}

const name = (path: string) => path.split("/").at(-1) ?? "";
const folderOf = (path: string) => path.split("/").at(-2) ?? "";
const stem = (path: string) => name(path).replace(/\.(txt|ya?ml|json)$/, "");

/**
 * A data folder's files read back into a draft, for going on with exported work. Files the
 * editor does not write (stories, other kinds) are left out and named in `skipped`; the draft is
 * checked by the compiler like any other, so nothing here validates.
 */
export function filesToDraft(files: readonly DataFile[]): { draft: Draft; skipped: string[] } {
  const texts = new Map<string, string>();
  const metas = new Map<string, SourceMeta>();
  const nodes: AuthoredNode[] = [];
  const evidence: DraftEvidence[] = [];
  const skipped: string[] = [];
  for (const f of files) {
    const folder = folderOf(f.path);
    const isData = /\.(ya?ml|json)$/.test(f.path);
    if (folder === "sources" && f.path.endsWith(".txt")) texts.set(stem(f.path), f.text);
    else if (folder === "sources" && isData) metas.set(stem(f.path), parse(f.text) as SourceMeta);
    else if (folder === "nodes" && isData) nodes.push(...((parse(f.text) as AuthoredNode[]) ?? []));
    else if (folder === "evidence" && isData) {
      const doc = (parse(f.text) ?? {}) as Partial<DraftEvidence>;
      evidence.push({
        sourceId: doc.sourceId ?? stem(f.path),
        relations: doc.relations ?? [],
        facts: doc.facts ?? [],
      });
    } else skipped.push(f.path);
  }
  const sources: DraftSource[] = [...metas].map(([id, meta]) => ({
    id,
    meta,
    text: texts.get(id) ?? "",
  }));
  return { draft: { sources, nodes, evidence }, skipped };
}
