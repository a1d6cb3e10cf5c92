// Stories for presentation mode: data/stories/<id>.yaml → checked, resolved steps. Pure, like
// compileDataset: the caller reads the files and passes the compiled dataset's node and edge ids.
import { z } from "zod";
import { parseDocument } from "./parseDocument.ts";
import { didYouMean, formatPath, type Problem } from "./problems.ts";
import type { DataFile } from "./readInput.ts";
import { slug } from "./schema.ts";
import { schemaProblems } from "./schemaProblems.ts";

const text = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

const ids = (what: string) => z.array(text(what)).optional();

export const storyQuoteSchema = z.strictObject({
  edge: text("edge"),
  index: z.int({ error: "index must be a whole number, counting from 0" }).optional(),
});

export const storyStepSchema = z.strictObject({
  title: text("title"),
  titleZh: text("titleZh"),
  caption: text("caption"),
  captionZh: text("captionZh"),
  focus: z.strictObject({ nodes: ids("a node id"), edges: ids("an edge id") }),
  quote: storyQuoteSchema.optional(),
  notes: text("notes").optional(),
});

export const storySchema = z.strictObject({
  title: text("title"),
  titleZh: text("titleZh"),
  description: text("description").optional(),
  steps: z.array(storyStepSchema),
});

export type AuthoredStory = z.infer<typeof storySchema>;

export interface StoryStep {
  title: string;
  titleZh: string;
  caption: string;
  captionZh: string;
  nodes: string[];
  edges: string[];
  /** The quote to show large: edges[edge].evidence[index]. */
  quote?: { edge: string; index: number };
  notes?: string;
}

export interface Story {
  /** The file name without its extension. */
  id: string;
  title: string;
  titleZh: string;
  description?: string;
  steps: StoryStep[];
}

export interface StoryDataset {
  nodes: readonly { id: string }[];
  edges: readonly { id: string; evidence: readonly unknown[] }[];
}

const DATA_EXT = /\.(ya?ml|json)$/;

export function compileStories(
  files: readonly DataFile[],
  dataset: StoryDataset,
): { stories: Story[]; problems: Problem[] } {
  const nodeIds = new Set(dataset.nodes.map((n) => n.id));
  const edges = new Map(dataset.edges.map((e) => [e.id, e.evidence.length]));
  const stories: Story[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    const id = (file.path.split("/").at(-1) ?? "").replace(DATA_EXT, "");
    const found = idProblems(id, file.path, seen);
    const parsed = parseDocument(file.path, file.text);
    if (!parsed.ok) {
      problems.push(...found, parsed.problem);
      continue;
    }
    const result = storySchema.safeParse(parsed.doc.value ?? undefined);
    if (!result.success) {
      problems.push(...found, ...schemaProblems(file.path, parsed.doc, result.error.issues));
      continue;
    }
    const where = (path: (string | number)[]) => {
      const line = parsed.doc.lineOf(path);
      return { file: file.path, ...(line === undefined ? {} : { line }), path: formatPath(path) };
    };
    found.push(...checkStory(result.data, where, nodeIds, edges));
    problems.push(...found);
    if (found.length === 0) stories.push(resolve(id, result.data));
  }
  return { stories, problems };
}

function idProblems(id: string, file: string, seen: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  if (!slug.safeParse(id).success) {
    problems.push({
      file,
      message: `the story id is the file name, and "${id}" is not a slug`,
      fix: "rename the file: lower-case letters, digits and single hyphens, e.g. sora.yaml",
    });
  }
  const earlier = seen.get(id);
  if (earlier) {
    problems.push({
      file,
      message: `a second story "${id}" (first in ${earlier})`,
      fix: "keep one file per story id: merge them, or rename one",
    });
  } else seen.set(id, file);
  return problems;
}

type Where = (path: (string | number)[]) => Pick<Problem, "file" | "line" | "path">;

function checkStory(
  story: AuthoredStory,
  where: Where,
  nodeIds: Set<string>,
  edges: Map<string, number>,
): Problem[] {
  const problems: Problem[] = [];
  if (story.steps.length === 0) {
    problems.push({
      ...where(["steps"]),
      message: "the story has no steps",
      fix: "add at least one step with title, titleZh, caption, captionZh and focus",
    });
  }
  story.steps.forEach((step, i) => {
    const nodes = step.focus.nodes ?? [];
    const edgeIds = step.focus.edges ?? [];
    if (nodes.length + edgeIds.length === 0) {
      problems.push({
        ...where(["steps", i, "focus"]),
        message: `step ${i + 1} focuses on nothing`,
        fix: "list at least one node id under focus.nodes or one edge id under focus.edges",
      });
    }
    nodes.forEach((id, j) => {
      if (!nodeIds.has(id)) {
        problems.push({
          ...where(["steps", i, "focus", "nodes", j]),
          message: `"${id}" is not a node id.${didYouMean(id, nodeIds)}`,
          fix: "use the id of a node in data/nodes/",
        });
      }
    });
    edgeIds.forEach((id, j) => {
      if (!edges.has(id))
        problems.push(unknownEdge(id, where(["steps", i, "focus", "edges", j]), edges));
    });
    if (step.quote) {
      const count = edges.get(step.quote.edge);
      const index = step.quote.index ?? 0;
      if (count === undefined) {
        problems.push(unknownEdge(step.quote.edge, where(["steps", i, "quote", "edge"]), edges));
      } else if (index < 0 || index >= count) {
        problems.push({
          ...where(["steps", i, "quote", step.quote.index === undefined ? "edge" : "index"]),
          message: `quote ${index} of ${step.quote.edge} does not exist: the edge has ${count} quote${count === 1 ? "" : "s"}`,
          fix: `use an index from 0 to ${count - 1} (0 is the first quote; leave index out for 0)`,
        });
      }
    }
  });
  return problems;
}

function unknownEdge(id: string, at: ReturnType<Where>, edges: Map<string, number>): Problem {
  const [source, type, target, ...rest] = id.split("--");
  const reversed = `${target ?? ""}--${type ?? ""}--${source ?? ""}`;
  const hint =
    rest.length === 0 && target !== undefined && edges.has(reversed)
      ? ` Did you mean "${reversed}"? (undirected relations list their two ids in alphabetical order)`
      : didYouMean(id, edges.keys());
  return {
    ...at,
    message: `"${id}" is not an edge id.${hint}`,
    fix: "use the id of an edge in the compiled data: <source>--<type>--<target> of a relation in data/evidence/",
  };
}

function resolve(id: string, story: AuthoredStory): Story {
  return {
    id,
    title: story.title,
    titleZh: story.titleZh,
    ...(story.description ? { description: story.description } : {}),
    steps: story.steps.map((s) => ({
      title: s.title,
      titleZh: s.titleZh,
      caption: s.caption,
      captionZh: s.captionZh,
      nodes: s.focus.nodes ?? [],
      edges: s.focus.edges ?? [],
      ...(s.quote ? { quote: { edge: s.quote.edge, index: s.quote.index ?? 0 } } : {}),
      ...(s.notes ? { notes: s.notes } : {}),
    })),
  };
}
