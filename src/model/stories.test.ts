import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { formatProblem } from "./problems.ts";
import type { DataFile } from "./readInput.ts";
import { compileStories, type StoryDataset } from "./stories.ts";

const FIXTURES = "tests/fixtures/stories";

/** The ids the fixtures are checked against: sora--builds_on--dit has two quotes. */
const DATASET: StoryDataset = {
  nodes: [{ id: "sora" }, { id: "dit" }, { id: "bill-peebles" }, { id: "saining-xie" }],
  edges: [
    { id: "sora--builds_on--dit", evidence: [{}, {}] },
    { id: "bill-peebles--authored--dit", evidence: [{}] },
    { id: "bill-peebles--collaborated_with--saining-xie", evidence: [{}] },
  ],
};

const STEP = [
  "  - title: Sora builds on DiT",
  "    titleZh: Sora 以 DiT 为基础",
  "    caption: Sora adopts the DiT architecture.",
  "    captionZh: Sora 采用了 DiT 架构。",
];

const story = (...lines: string[]) =>
  ["title: Demo", "titleZh: 演示", "steps:", ...lines].join("\n");
const messages = (files: DataFile[]) =>
  compileStories(files, DATASET).problems.map(formatProblem).join("\n");

const invalidCases = readdirSync(FIXTURES)
  .filter((n) => n.endsWith(".invalid.yaml"))
  .map((n) => n.replace(/\.invalid\.yaml$/, ""));

describe("compileStories on bad input", () => {
  test("there is one fixture per kind of bad input", () => {
    expect(invalidCases).toEqual(
      expect.arrayContaining([
        "unknown-node",
        "unknown-edge",
        "quote-index-out-of-range",
        "no-steps",
        "malformed-yaml",
        "unknown-field",
      ]),
    );
  });

  test.each(invalidCases)("%s gives its exact message and no story", (name) => {
    const text = readFileSync(join(FIXTURES, `${name}.invalid.yaml`), "utf8");
    const result = compileStories([{ path: `data/stories/${name}.yaml`, text }], DATASET);
    expect(result.stories).toEqual([]);
    const expected = readFileSync(join(FIXTURES, `${name}.expected.txt`), "utf8").trimEnd();
    expect(result.problems.map(formatProblem).join("\n")).toBe(expected);
  });

  test("the story id is the file name, so it must be a slug and unique", () => {
    const text = story(...STEP, "    focus: { nodes: [sora] }");
    expect(
      messages([
        { path: "data/stories/My Story.yaml", text },
        {
          path: "data/stories/demo.json",
          text: JSON.stringify({ title: "A", titleZh: "甲", steps: [] }),
        },
        { path: "data/stories/demo.yaml", text },
      ]),
    ).toBe(
      [
        'data/stories/My Story.yaml: the story id is the file name, and "My Story" is not a slug',
        "  Fix: rename the file: lower-case letters, digits and single hyphens, e.g. sora.yaml",
        "data/stories/demo.json:1 (steps): the story has no steps",
        "  Fix: add at least one step with title, titleZh, caption, captionZh and focus",
        'data/stories/demo.yaml: a second story "demo" (first in data/stories/demo.json)',
        "  Fix: keep one file per story id: merge them, or rename one",
      ].join("\n"),
    );
  });

  test("a negative index is out of range too", () => {
    const text = story(
      ...STEP,
      "    focus: { nodes: [sora] }",
      "    quote: { edge: sora--builds_on--dit, index: -1 }",
    );
    expect(messages([{ path: "data/stories/demo.yaml", text }])).toBe(
      [
        "data/stories/demo.yaml:9 (steps[0].quote.index): quote -1 of sora--builds_on--dit does not exist: the edge has 2 quotes",
        "  Fix: use an index from 0 to 1 (0 is the first quote; leave index out for 0)",
      ].join("\n"),
    );
  });
});

describe("compileStories on good input", () => {
  test("resolves focus and quote defaults, keeps optional text only when given", () => {
    const text = story(
      ...STEP,
      "    focus:",
      "      edges: [sora--builds_on--dit]",
      "    quote: { edge: sora--builds_on--dit }",
      ...STEP,
      "    focus: { nodes: [dit, bill-peebles] }",
      "    quote: { edge: sora--builds_on--dit, index: 1 }",
      "    notes: >-",
      "      Two lines that fold",
      "      into one.",
    );
    const { stories, problems } = compileStories(
      [{ path: "data/stories/demo.yaml", text }],
      DATASET,
    );
    expect(problems).toEqual([]);
    expect(stories).toEqual([
      {
        id: "demo",
        title: "Demo",
        titleZh: "演示",
        steps: [
          {
            title: "Sora builds on DiT",
            titleZh: "Sora 以 DiT 为基础",
            caption: "Sora adopts the DiT architecture.",
            captionZh: "Sora 采用了 DiT 架构。",
            nodes: [],
            edges: ["sora--builds_on--dit"],
            quote: { edge: "sora--builds_on--dit", index: 0 },
          },
          {
            title: "Sora builds on DiT",
            titleZh: "Sora 以 DiT 为基础",
            caption: "Sora adopts the DiT architecture.",
            captionZh: "Sora 采用了 DiT 架构。",
            nodes: ["dit", "bill-peebles"],
            edges: [],
            quote: { edge: "sora--builds_on--dit", index: 1 },
            notes: "Two lines that fold into one.",
          },
        ],
      },
    ]);
  });
});
