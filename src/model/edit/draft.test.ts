import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileDataset } from "../compileDataset.ts";
import {
  EMPTY_DRAFT,
  addNode,
  addSource,
  citeFact,
  citeRelation,
  freeId,
  quoteAt,
  removeItem,
  type Draft,
  type Passage,
} from "./draft.ts";
import { draftToFiles, filesToDraft } from "./files.ts";
import { hedgeWordsIn } from "./hedges.ts";
import { problemsByItem } from "./problemsByItem.ts";

const ARTICLE = readFileSync(
  new URL("../../../tests/fixtures/editor/article.txt", import.meta.url),
  "utf8",
);

function passage(d: Draft, sourceId: string, words: string, nth = 1): Passage {
  const text = d.sources.find((s) => s.id === sourceId)?.text ?? "";
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`"${words}" not in ${sourceId}`);
  return { sourceId, start: at, end: at + words.length };
}

/** The draft the browser test builds too: three relations (one hedged) and one fact. */
function cited(): Draft {
  const [withSource, src] = addSource(EMPTY_DRAFT, ARTICLE, {
    title: "林晓的故事",
    titleEn: "Lin Xiao's story",
    publisher: "Test Daily",
    language: "zh-Hans",
    published: "2024-03",
  });
  let d = withSource;
  const node = (n: Parameters<typeof addNode>[1]) => {
    const [next, id] = addNode(d, n);
    d = next;
    return id;
  };
  const lin = node({ type: "person", label: "Lin Xiao", labelZh: "林晓", aliases: ["林晓"] });
  const uni = node({ type: "university", label: "Qingshan University", aliases: ["青山大学"] });
  const lab = node({ type: "lab", label: "Galaxy Lab", aliases: ["星河实验室"] });
  const dawn = node({ type: "project", label: "Dawn", aliases: ["晨光"] });
  const q = (words: string, translation: string, nth = 1) => ({
    passage: passage(d, src, words, nth),
    translation,
    hedgeWords: hedgeWordsIn(words),
  });
  d = citeRelation(
    d,
    { source: lin, type: "studied_at", target: uni },
    q("她2019年毕业于青山大学", "She graduated from Qingshan University in 2019"),
  );
  d = citeRelation(
    d,
    { source: lin, type: "worked_at", target: lab },
    q("之后加入了星河实验室", "then joined Galaxy Lab"),
  );
  d = citeRelation(
    d,
    { source: lin, type: "contributed_to", target: dawn },
    q(
      "据说她可能参与了“晨光”项目的开发",
      "Reportedly she may have taken part in developing the Dawn project",
    ),
  );
  d = citeFact(
    d,
    { node: lin, text: "Born in 1995." },
    q("林晓出生于1995年", "Lin Xiao was born in 1995"),
  );
  return d;
}

describe("the editor's draft", () => {
  it("compiles, through the same compiler as data:check, to the relations cited", () => {
    const result = compileDataset(draftToFiles(cited()));
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
    const { edges, nodes } = result.dataset;
    expect(nodes.map((n) => n.id).sort()).toEqual([
      "dawn",
      "galaxy-lab",
      "lin-xiao",
      "qingshan-university",
    ]);
    expect(edges.map((e) => `${e.source} ${e.type} ${e.target} ${e.certainty}`).sort()).toEqual([
      "lin-xiao contributed_to dawn hedged",
      "lin-xiao studied_at qingshan-university stated",
      "lin-xiao worked_at galaxy-lab stated",
    ]);
    const hedged = edges.find((e) => e.type === "contributed_to")?.evidence[0];
    expect(hedged?.hedgeWords).toEqual(["据说", "可能"]);
    expect(result.dataset.nodes.find((n) => n.id === "lin-xiao")?.facts?.[0]?.text).toBe(
      "Born in 1995.",
    );
  });

  it("writes files a hand-author would, and reads them back to the same draft", () => {
    const d = cited();
    const files = draftToFiles(d);
    expect(files.map((f) => f.path)).toEqual([
      "data/sources/lin-xiao-s-story.txt",
      "data/sources/lin-xiao-s-story.yaml",
      "data/nodes/organisations.yaml",
      "data/nodes/people.yaml",
      "data/nodes/works.yaml",
      "data/evidence/lin-xiao-s-story.yaml",
    ]);
    const evidence = files.at(-1)?.text ?? "";
    expect(evidence).toMatch(
      /^sourceId: lin-xiao-s-story\nrelations:\n {2}- source: lin-xiao\n {4}type: studied_at/,
    );
    expect(evidence).toContain("hedgeWords:\n");
    expect(files[0]?.text).toBe(ARTICLE);
    const back = filesToDraft(files).draft;
    expect(draftToFiles(back)).toEqual(files);
  });

  it("numbers the occurrence of words that repeat, and only then", () => {
    const d = cited();
    const id = d.sources[0]?.id ?? "";
    expect(quoteAt(d, passage(d, id, "星河实验室", 2))).toEqual({
      quote: "星河实验室",
      occurrence: 2,
    });
    expect(quoteAt(d, passage(d, id, "之后加入了星河实验室"))).toEqual({
      quote: "之后加入了星河实验室",
    });
    // The second occurrence, cited, compiles to the second place in the text.
    const lin = "lin-xiao";
    const next = citeRelation(
      d,
      { source: lin, type: "worked_at", target: "galaxy-lab" },
      {
        passage: passage(d, id, "星河实验室", 2),
        translation: "Galaxy Lab",
        hedgeWords: [],
      },
    );
    const result = compileDataset(draftToFiles(next));
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
    const quotes = result.dataset.edges.find((e) => e.type === "worked_at")?.evidence ?? [];
    expect(quotes.map((q) => q.start)).toEqual([
      ARTICLE.indexOf("之后加入了星河实验室"),
      ARTICLE.lastIndexOf("星河实验室"),
    ]);
  });

  it("keeps an undirected relation's two ids in alphabetical order", () => {
    const [withSource, src] = addSource(EMPTY_DRAFT, "甲和乙合作。", {
      title: "t",
      publisher: "p",
      language: "zh-Hans",
    });
    const [withZed, b] = addNode(withSource, { type: "person", label: "Zed" });
    const [withAmy, a] = addNode(withZed, { type: "person", label: "Amy" });
    let d = withAmy;
    d = citeRelation(
      d,
      { source: b, type: "collaborated_with", target: a },
      {
        passage: { sourceId: src, start: 0, end: 5 },
        translation: "A and B work together.",
        hedgeWords: [],
      },
    );
    expect(d.evidence[0]?.relations[0]).toMatchObject({ source: "amy", target: "zed" });
    expect(compileDataset(draftToFiles(d)).ok).toBe(true);
  });

  it("puts the compiler's messages beside the item they concern", () => {
    const d = cited();
    const broken: Draft = {
      ...d,
      evidence: d.evidence.map((e) => ({
        ...e,
        relations: e.relations.map((r, i) => (i === 1 ? { ...r, target: "nowhere" } : r)),
      })),
    };
    const result = compileDataset(draftToFiles(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const { byItem, other } = problemsByItem(result.problems);
    expect([...byItem.keys()]).toEqual(["lin-xiao-s-story/relations[1]"]);
    expect(other).toEqual([]);
    expect(
      removeItem(broken, "lin-xiao-s-story", "relations", 1).evidence[0]?.relations,
    ).toHaveLength(2);
  });

  it("gives ids that are slugs and never taken twice", () => {
    expect(freeId("Lin Xiao", new Set(), "person")).toBe("lin-xiao");
    expect(freeId("Lin Xiao", new Set(["lin-xiao"]), "person")).toBe("lin-xiao-2");
    expect(freeId("林晓", new Set(), "person")).toBe("person");
    expect(freeId("林晓", new Set(["person"]), "person")).toBe("person-2");
  });
});

describe("hedge words found in a passage", () => {
  it("finds each as the quote spells it, the longer word first", () => {
    expect(hedgeWordsIn("他也有可能在那里")).toEqual(["也有可能"]);
    expect(hedgeWordsIn("据说她可能参与了")).toEqual(["据说", "可能"]);
    expect(hedgeWordsIn("She Reportedly worked there; maybe.")).toEqual(["Reportedly", "maybe"]);
    expect(hedgeWordsIn("It states plainly that she mayor")).toEqual([]);
  });
});
