// The address round-trips every view the app can be in, and any address at all parses without
// throwing into a view that names only what the dataset has (fast-check, fixed seed).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CERTAINTIES } from "../model/filters.ts";
import type { Story } from "../model/stories.ts";
import { makeDataset } from "../model/testDataset.ts";
import { NODE_TYPES, RELATION_TYPE_IDS } from "../model/vocabulary.ts";
import { parseView, serializeView } from "./url.ts";
import type { ViewState } from "./view.ts";

const step = (title: string) => ({
  title,
  titleZh: title,
  caption: "",
  captionZh: "",
  nodes: ["a"],
  edges: [],
});
const STORIES: Story[] = [
  { id: "tour", title: "Tour", titleZh: "Tour", steps: [step("1"), step("2"), step("3")] },
  { id: "short", title: "Short", titleZh: "Short", steps: [step("1")] },
];
const dataset = makeDataset({
  nodes: [
    ["a", "person"],
    ["b", "university"],
    ["c d", "company"],
    ["中文", "person"],
  ],
  edges: [
    ["a", "studied_at", "b", { sources: ["s1", "s 2"] }],
    ["a", "worked_at", "c d", { sources: ["s1"] }],
    ["中文", "collaborated_with", "a", { id: "a~b,c&d=e" }],
  ],
  stories: STORIES,
});
for (const s of dataset.sources) s.text = "a source text of some length";
const nodeIds = dataset.nodes.map((n) => n.id);
const edgeIds = dataset.edges.map((e) => e.id);
const sourceIds = dataset.sources.map((s) => s.id);
const TEXT = dataset.sources[0]?.text.length ?? 0;

const view: fc.Arbitrary<ViewState> = fc
  .record({
    selection: fc.oneof(
      fc.constant(null),
      fc.record({ kind: fc.constant("node" as const), id: fc.constantFrom(...nodeIds) }),
      fc.record({ kind: fc.constant("edge" as const), id: fc.constantFrom(...edgeIds) }),
    ),
    reader: fc.oneof(
      fc.constant(null),
      fc.record({ sourceId: fc.constantFrom(...sourceIds) }),
      fc
        .record({
          sourceId: fc.constantFrom(...sourceIds),
          a: fc.integer({ min: 0, max: TEXT }),
          b: fc.integer({ min: 0, max: TEXT }),
        })
        .filter(({ a, b }) => a !== b)
        .map(({ sourceId, a, b }) => ({ sourceId, start: Math.min(a, b), end: Math.max(a, b) })),
    ),
    filters: fc.record({
      hiddenNodeTypes: fc.subarray([...NODE_TYPES]),
      hiddenRelationTypes: fc.subarray([...RELATION_TYPE_IDS]),
      hiddenSources: fc.subarray(sourceIds),
      hiddenCertainties: fc.subarray([...CERTAINTIES]),
      years: fc.oneof(
        fc.constant(null),
        fc
          .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1000, max: 9999 }))
          .map(([x, y]) => ({ from: Math.min(x, y), to: Math.max(x, y) })),
      ),
    }),
    focus: fc.constantFrom(0 as const, 1 as const, 2 as const),
    only: fc.boolean(),
    path: fc.option(
      fc.record({ from: fc.constantFrom(...nodeIds), to: fc.constantFrom(...nodeIds) }),
      { nil: null },
    ),
    lang: fc.constantFrom(null, "en" as const, "zh" as const),
    mode: fc.constantFrom("graph" as const, "table" as const),
    camera: fc.option(
      fc.record({
        zoom: fc.integer({ min: 1, max: 10000 }).map((z) => z / 1000),
        x: fc.integer({ min: -100000, max: 100000 }),
        y: fc.integer({ min: -100000, max: 100000 }),
      }),
      { nil: null },
    ),
    embed: fc.boolean(),
    present: fc.option(
      fc
        .constantFrom(...STORIES)
        .chain((s) => fc.record({ story: fc.constant(s.id), step: fc.nat(s.steps.length - 1) })),
      { nil: null },
    ),
    presenter: fc.boolean(),
    style: fc.record({
      color: fc.constantFrom("type", "community"),
      size: fc.constantFrom("degree", "quotes"),
      width: fc.constant("same"),
    }),
  })
  // A presenter's window belongs to a talk.
  .map((v) => ({ ...v, presenter: v.present !== null && v.presenter }));

describe("the address of a view", () => {
  test("parses back to the view it was written from, with no notice", () => {
    fc.assert(
      fc.property(view, (v) => {
        const search = serializeView(v);
        expect(parseView(search, dataset)).toEqual({ view: v, notices: [] });
        expect(serializeView(parseView(search, dataset).view)).toBe(search);
      }),
      { seed: 18, numRuns: 300 },
    );
  });

  test("any query string parses without throwing, into a view of what the dataset has", () => {
    const key = fc.constantFrom(
      "node",
      "edge",
      "source",
      "quote",
      "hide",
      "hideSrc",
      "years",
      "focus",
      "only",
      "path",
      "cam",
      "present",
      "step",
      "presenter",
      "color",
      "size",
      "mode",
      "lang",
      "embed",
      "x",
    );
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom(
        ...nodeIds,
        ...edgeIds,
        ...sourceIds,
        "tour",
        "1",
        "0-5",
        "2-1",
        "1,2,3",
        "NaN,0,0",
      ),
    );
    const query = fc
      .array(fc.tuple(key, value), { maxLength: 8 })
      .map((pairs) => new URLSearchParams(pairs).toString());
    fc.assert(
      fc.property(fc.oneof(query, fc.string()), (search) => {
        const { view: v, notices } = parseView(search, dataset);
        if (v.selection)
          expect(v.selection.kind === "node" ? nodeIds : edgeIds).toContain(v.selection.id);
        if (v.reader) expect(sourceIds).toContain(v.reader.sourceId);
        for (const id of v.filters.hiddenSources) expect(sourceIds).toContain(id);
        if (v.camera) expect(v.camera.zoom).toBeGreaterThan(0);
        if (v.present)
          expect(v.present.step).toBeLessThan(
            STORIES.find((s) => s.id === v.present?.story)?.steps.length ?? 0,
          );
        for (const n of notices) expect(n.length).toBeLessThan(200);
      }),
      { seed: 18, numRuns: 500 },
    );
  });
});
