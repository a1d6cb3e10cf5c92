import { describe, expect, test } from "vitest";
import {
  formatReview,
  formatSuggestions,
  openSuggestions,
  mentionsIn,
  parseReviewMarks,
  reviewData,
  sentencesOf,
  type ReviewInput,
} from "./dataReview.ts";
import type { Evidence } from "./types.ts";

const TEXT = "甲公司的小乙加入了GPT-4项目。老丙和阿丁合作过。小乙说:甲公司很好!";

function quote(text: string, q: string, translation = "t"): Evidence {
  const start = text.indexOf(q);
  return { sourceId: "s", quote: q, start, end: start + q.length, translation };
}

function input(overrides: Partial<ReviewInput> = {}): ReviewInput {
  const node = (id: string, label: string, aliases: string[] = [label], summary?: string) => ({
    id,
    label,
    aliases,
    ...(summary ? { summary } : {}),
  });
  return {
    sources: [{ id: "s", text: TEXT }],
    nodes: [
      node("jia", "甲公司"),
      node("yi", "小乙", ["小乙"]),
      node("gpt", "GPT"),
      node("gpt-4", "GPT-4", ["GPT-4"], "A language model that Yi joined."),
      node("bing", "老丙"),
      node("ding", "阿丁"),
    ],
    edges: [
      {
        id: "yi--worked_at--jia",
        source: "yi",
        target: "jia",
        label: "worked at",
        evidence: [
          quote(TEXT, "甲公司的小乙加入了GPT-4项目", "Yi of Jia joined the GPT-4 project"),
        ],
      },
      {
        id: "yi--contributed_to--gpt-4",
        source: "yi",
        target: "gpt-4",
        label: "contributed to",
        evidence: [quote(TEXT, "加入了", "joined")],
      },
    ],
    ...overrides,
  };
}

describe("mentionsIn", () => {
  test("takes the longest name and respects Latin word boundaries", () => {
    const names = [
      { node: "gpt-4", name: "GPT-4" },
      { node: "gpt", name: "GPT" },
    ];
    expect(mentionsIn("GPT-4 和 GPT 和 ChatGPT", names).map((m) => m.node)).toEqual([
      "gpt-4",
      "gpt",
    ]);
  });
});

describe("sentencesOf", () => {
  test("splits at Chinese and Latin sentence ends and keeps offsets", () => {
    const text = "一句。Two words. 三!\n四";
    const s = sentencesOf(text);
    expect(s.map((x) => x.text)).toEqual(["一句。", "Two words.", "三!", "四"]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});

describe("reviewData", () => {
  test("finds each kind of item, per article", () => {
    const { open } = reviewData(input());
    expect(open).toEqual([
      // yi--jia and yi--gpt-4 are cited in this article; jia--gpt-4 is not.
      {
        kind: "sentence",
        sourceId: "s",
        line: 1,
        sentence: "甲公司的小乙加入了GPT-4项目。",
        pairs: ["gpt-4/jia"],
      },
      {
        kind: "sentence",
        sourceId: "s",
        line: 1,
        sentence: "老丙和阿丁合作过。",
        pairs: ["bing/ding"],
      },
      { kind: "quote", sourceId: "s", edge: "yi--contributed_to--gpt-4", quote: "加入了" },
      { kind: "short", sourceId: "s", edge: "yi--contributed_to--gpt-4", quote: "加入了" },
      { kind: "summary", node: "gpt-4", words: ["language"] },
    ]);
  });

  test("finds a name in the other script through the variants", () => {
    const text = "謝賽甯和小乙。";
    const { open } = reviewData(
      input({
        sources: [{ id: "s", text }],
        nodes: [
          { id: "xie", label: "谢赛宁", aliases: ["谢赛宁"] },
          { id: "yi", label: "小乙", aliases: ["小乙"] },
        ],
        edges: [],
      }),
      {},
      (name) => (name === "谢赛宁" ? ["謝賽甯"] : []),
    );
    expect(open).toEqual([
      { kind: "sentence", sourceId: "s", line: 1, sentence: text, pairs: ["xie/yi"] },
    ]);
  });

  test("marks make the run quiet; a mark that matches nothing is reported", () => {
    const marks = parseReviewMarks(
      [
        "sentences:",
        "  - { source: s, sentence: 甲公司的小乙加入了GPT-4项目。, pairs: [gpt-4/jia], reason: r }",
        "  - { source: s, sentence: 老丙和阿丁合作过。, pairs: [bing/ding], reason: r }",
        "quotes:",
        "  - { edge: yi--contributed_to--gpt-4, quote: 加入了, reason: r }",
        "short:",
        "  - { edge: yi--contributed_to--gpt-4, reason: r }",
        "summaries:",
        "  - { node: gpt-4, words: [language], reason: r }",
        "  - { node: jia, words: [old], reason: r }",
      ].join("\n"),
    );
    const result = reviewData(input(), marks);
    expect(result.open).toEqual([{ kind: "stale", mark: "summary of jia: old" }]);
    expect(result.reviewed).toBe(5);
    expect(formatReview(result)).toBe(
      [
        "Marks in data/review.yaml that match nothing",
        "  summary of jia: old",
        "data:review: 1 open item(s), 5 marked reviewed. Fix each, or mark it reviewed with a reason in data/review.yaml.",
      ].join("\n"),
    );
  });

  test("a mark without a reason is refused", () => {
    expect(() => parseReviewMarks("short:\n  - { edge: a--b--c }")).toThrow();
  });

  test("a sentence mark covers only the pairs it lists", () => {
    const marks = parseReviewMarks(
      "sentences:\n  - { source: s, sentence: 老丙和阿丁合作过。, pairs: [bing/jia], reason: r }",
    );
    const open = reviewData(input(), marks).open.filter((i) => i.kind === "sentence");
    expect(open).toHaveLength(2);
  });
});

describe("openSuggestions", () => {
  test("a sentence mark covers only its pairs; lines are counted; the section never fails", () => {
    const sources = [{ id: "s", text: "第一行。\n甲和乙。丙和丁。" }];
    const items = openSuggestions(
      [
        { sourceId: "s", start: 5, sentence: "甲和乙。", pairs: [["a", "b"]] },
        {
          sourceId: "s",
          start: 9,
          sentence: "丙和丁。",
          pairs: [
            ["c", "d"],
            ["a", "c"],
          ],
        },
      ],
      sources,
      { sentences: [{ source: "s", sentence: "丙和丁。", pairs: ["c/d"], reason: "r" }] },
    );
    expect(items).toEqual([
      { sourceId: "s", line: 2, sentence: "甲和乙。", pairs: ["a/b"] },
      { sourceId: "s", line: 2, sentence: "丙和丁。", pairs: ["a/c"] },
    ]);
    expect(formatSuggestions(items)).toMatch(/^Suggestions \(informational, not counted\): 2 /);
  });
});
