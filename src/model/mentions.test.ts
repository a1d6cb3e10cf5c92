import { describe, expect, test } from "vitest";
import { sourcesMentioning } from "./mentions.ts";
import type { Dataset, GraphNode } from "./types.ts";

const node: GraphNode = {
  id: "xie",
  type: "person",
  label: "Saining Xie",
  labelZh: "谢赛宁",
  aliases: ["謝賽甯", "Xie"],
  position: { x: 0, y: 0 },
};
const dataset: Dataset = {
  schemaVersion: 1,
  nodes: [node],
  edges: [],
  sources: [
    {
      id: "a",
      title: "",
      publisher: "",
      language: "zh-Hans",
      text: "前文。谢赛宁说。又见谢赛宁。",
    },
    { id: "b", title: "", publisher: "", language: "zh-Hant", text: "作者謝賽甯。" },
    { id: "c", title: "", publisher: "", language: "en", text: "Nothing here." },
  ],
};

describe("sourcesMentioning", () => {
  test("finds each source that names the node, in either script, with the first place", () => {
    expect(sourcesMentioning(dataset, node)).toEqual([
      { sourceId: "a", start: 3, end: 6, count: 2 },
      { sourceId: "b", start: 2, end: 5, count: 1 },
    ]);
  });
});
