import { describe, expect, test } from "vitest";
import { emphasisOf, focusIdsOf, hoverEmphasis, type EmphasisView } from "./emphasis.ts";
import { indexDataset } from "./indexDataset.ts";
import type { PathHop } from "./paths.ts";
import type { StoryStep } from "./stories.ts";
import { makeDataset } from "./testDataset.ts";

// a → b → c → d, b — e, f alone; a → b quotes s2, every relation quotes s1 unless told.
const d = makeDataset({
  nodes: [
    ["a", "person"],
    ["b", "person"],
    ["c", "person"],
    ["d", "person"],
    ["e", "person"],
    ["f", "person"],
  ],
  edges: [
    ["a", "advised_by", "b", { id: "ab", sources: ["s2"] }],
    ["b", "advised_by", "c", { id: "bc" }],
    ["c", "advised_by", "d", { id: "cd" }],
    ["b", "collaborated_with", "e", { id: "be" }],
  ],
});
const index = indexDataset(d);
const ALL_EDGES = new Set(d.edges.map((e) => e.id));
const NOTHING: EmphasisView = {
  selection: null,
  focus: 0,
  path: null,
  paths: [],
  reader: null,
  step: null,
  visibleEdges: ALL_EDGES,
};
const view = (patch: Partial<EmphasisView>): EmphasisView => ({ ...NOTHING, ...patch });
const sorted = (s: ReadonlySet<string> | undefined) => [...(s ?? [])].sort();
const STEP: StoryStep = {
  title: "t",
  titleZh: "t",
  caption: "c",
  captionZh: "c",
  nodes: ["f"],
  edges: ["cd"],
};
const PATH: PathHop[] = [
  { from: "a", to: "b", edgeId: "ab" },
  { from: "b", to: "c", edgeId: "bc" },
];

describe("emphasisOf", () => {
  test("nothing selected, hovered, asked or read: nothing is emphasised", () => {
    expect(emphasisOf(index, NOTHING)).toBeNull();
  });

  test("a selected node brings its neighbours, two hops at focus 2", () => {
    const one = emphasisOf(index, view({ selection: { kind: "node", id: "b" } }));
    expect(one?.kind).toBe("selection");
    expect(sorted(one?.emphasis.nodes)).toEqual(["a", "b", "c", "e"]);
    expect(sorted(one?.emphasis.edges)).toEqual(["ab", "bc", "be"]);
    const two = emphasisOf(index, view({ selection: { kind: "node", id: "a" }, focus: 2 }));
    expect(sorted(two?.emphasis.nodes)).toEqual(["a", "b", "c", "e"]);
  });

  test("a selected edge brings its two ends alone at focus 0, their neighbours at focus 1", () => {
    const alone = emphasisOf(index, view({ selection: { kind: "edge", id: "bc" } }));
    expect(sorted(alone?.emphasis.nodes)).toEqual(["b", "c"]);
    expect(sorted(alone?.emphasis.edges)).toEqual(["bc"]);
    const wide = emphasisOf(index, view({ selection: { kind: "edge", id: "bc" }, focus: 1 }));
    expect(sorted(wide?.emphasis.nodes)).toEqual(["a", "b", "c", "d", "e"]);
    expect(sorted(wide?.emphasis.edges)).toEqual(["ab", "bc", "be", "cd"]);
  });

  test("a selected edge that is not in the data emphasises nothing", () => {
    expect(emphasisOf(index, view({ selection: { kind: "edge", id: "zz" } }))).toBeNull();
  });

  test("only the visible edges are walked", () => {
    const r = emphasisOf(
      index,
      view({ selection: { kind: "node", id: "b" }, visibleEdges: new Set(["bc"]) }),
    );
    expect(sorted(r?.emphasis.nodes)).toEqual(["b", "c"]);
    expect(sorted(r?.emphasis.edges)).toEqual(["bc"]);
  });

  test("an open source emphasises the relations it supports and their ends", () => {
    const r = emphasisOf(index, view({ reader: { sourceId: "s2" } }));
    expect(r?.kind).toBe("source");
    expect(sorted(r?.emphasis.nodes)).toEqual(["a", "b"]);
    expect(sorted(r?.emphasis.edges)).toEqual(["ab"]);
  });

  test("a path emphasises its hops, and its two ends even when no path was found", () => {
    const r = emphasisOf(index, view({ path: { from: "a", to: "c" }, paths: [PATH] }));
    expect(r?.kind).toBe("path");
    expect(sorted(r?.emphasis.nodes)).toEqual(["a", "b", "c"]);
    expect(sorted(r?.emphasis.edges)).toEqual(["ab", "bc"]);
    const none = emphasisOf(index, view({ path: { from: "a", to: "f" } }));
    expect(sorted(none?.emphasis.nodes)).toEqual(["a", "f"]);
    expect(sorted(none?.emphasis.edges)).toEqual([]);
  });

  test("a story's step emphasises its nodes, its edges and their ends", () => {
    const r = emphasisOf(index, view({ step: STEP }));
    expect(r?.kind).toBe("step");
    expect(sorted(r?.emphasis.nodes)).toEqual(["c", "d", "f"]);
    expect(sorted(r?.emphasis.edges)).toEqual(["cd"]);
  });

  test("step wins over hover, hover over path, path over source, source over selection", () => {
    const all = view({
      step: STEP,
      hoverId: "e",
      path: { from: "a", to: "c" },
      paths: [PATH],
      reader: { sourceId: "s2" },
      selection: { kind: "node", id: "d" },
    });
    const order: string[] = [];
    const v: EmphasisView = { ...all };
    for (;;) {
      const r = emphasisOf(index, v);
      if (!r) break;
      order.push(r.kind);
      if (r.kind === "step") v.step = null;
      if (r.kind === "hover") v.hoverId = null;
      if (r.kind === "path") v.path = null;
      if (r.kind === "source") v.reader = null;
      if (r.kind === "selection") v.selection = null;
    }
    expect(order).toEqual(["step", "hover", "path", "source", "selection"]);
  });

  test("hovering an unknown id leaves the next rule in charge", () => {
    const r = emphasisOf(index, view({ hoverId: "zz", selection: { kind: "node", id: "f" } }));
    expect(r?.kind).toBe("selection");
  });
});

describe("hoverEmphasis", () => {
  test("a hovered edge lights up with its two ends only", () => {
    const h = hoverEmphasis(index, "bc", ALL_EDGES);
    expect(sorted(h?.nodes)).toEqual(["b", "c"]);
    expect(sorted(h?.edges)).toEqual(["bc"]);
  });

  test("a hovered node lights up with its neighbours and the edges among them", () => {
    const h = hoverEmphasis(index, "c", ALL_EDGES);
    expect(sorted(h?.nodes)).toEqual(["b", "c", "d"]);
    expect(sorted(h?.edges)).toEqual(["bc", "cd"]);
    expect(sorted(hoverEmphasis(index, "f")?.nodes)).toEqual(["f"]);
  });

  test("a hidden edge does not carry the hover to a neighbour", () => {
    const h = hoverEmphasis(index, "c", new Set(["cd"]));
    expect(sorted(h?.nodes)).toEqual(["c", "d"]);
  });

  test("an unknown id lights up nothing", () => {
    expect(hoverEmphasis(index, "zz")).toBeNull();
  });
});

describe("focusIdsOf", () => {
  test("the camera frames a step's elements, a path's nodes, else the selection", () => {
    const step = emphasisOf(index, view({ step: STEP }));
    expect(focusIdsOf(step, null).sort()).toEqual(["c", "cd", "d", "f"]);
    const path = emphasisOf(index, view({ path: { from: "a", to: "c" }, paths: [PATH] }));
    expect(focusIdsOf(path, null).sort()).toEqual(["a", "b", "c"]);
    // With a selection open from the path, the camera follows the selection.
    expect(focusIdsOf(path, { kind: "edge", id: "ab" })).toEqual(["ab"]);
    expect(focusIdsOf(null, { kind: "node", id: "f" })).toEqual(["f"]);
    expect(focusIdsOf(null, null)).toEqual([]);
  });
});

describe("search emphasis", () => {
  test("relations whose quotes match a query typed win over hover, path, source and selection", () => {
    const r = emphasisOf(
      index,
      view({
        search: ["bc", "be"],
        hoverId: "a",
        path: { from: "a", to: "b" },
        paths: [PATH],
        reader: { sourceId: "s2" },
        selection: { kind: "node", id: "d" },
      }),
    );
    expect(r?.kind).toBe("search");
    expect(sorted(r?.emphasis.edges)).toEqual(["bc", "be"]);
    expect(sorted(r?.emphasis.nodes)).toEqual(["b", "c", "e"]);
  });

  test("a story's step wins over search; an empty match list emphasises nothing", () => {
    expect(emphasisOf(index, view({ search: ["bc"], step: STEP }))?.kind).toBe("step");
    expect(emphasisOf(index, view({ search: [] }))).toBeNull();
    expect(
      emphasisOf(index, view({ search: [], selection: { kind: "node", id: "f" } }))?.kind,
    ).toBe("selection");
  });
});
