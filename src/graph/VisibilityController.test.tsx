// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import type { Core } from "cytoscape";
import type { Emphasis } from "../model/emphasis.ts";
import { makeDataset } from "../model/testDataset.ts";
import { drawDataset, withClass } from "./testCanvas.ts";
import {
  applyClasses,
  VisibilityController,
  type ClassChange,
  type HiddenSink,
} from "./VisibilityController.tsx";

afterEach(cleanup);

// a → b → c, and d alone.
const d = makeDataset({
  nodes: [
    ["a", "person"],
    ["b", "person"],
    ["c", "person"],
    ["d", "person"],
  ],
  edges: [
    ["a", "advised_by", "b", { id: "ab" }],
    ["b", "advised_by", "c", { id: "bc" }],
  ],
});
const set = (...ids: string[]) => new Set(ids);
const ALL: Emphasis = { nodes: set("a", "b", "c", "d"), edges: set("ab", "bc") };

describe("VisibilityController", () => {
  test("hides what the filters leave out, fades what is outside the emphasis", () => {
    const cy = drawDataset(d);
    const visible: Emphasis = { nodes: set("a", "b", "c"), edges: set("ab", "bc") };
    const focus: Emphasis = { nodes: set("a", "b"), edges: set("ab") };
    const view = (emphasis: Emphasis | null, hideOutside = false) => (
      <VisibilityController
        cy={cy}
        visible={visible}
        emphasis={emphasis}
        hideOutside={hideOutside}
      />
    );
    const { rerender } = render(view(null));
    expect(withClass(cy, "hidden")).toEqual(["d"]);
    expect(withClass(cy, "faded")).toEqual([]);
    expect(withClass(cy, "emphasised")).toEqual([]);

    rerender(view(focus));
    expect(withClass(cy, "hidden")).toEqual(["d"]);
    expect(withClass(cy, "faded")).toEqual(["bc", "c"]);
    expect(withClass(cy, "emphasised")).toEqual(["a", "ab", "b"]);

    // Hiding what is outside the focus (a talk's stage) hides instead of fading.
    rerender(view(focus, true));
    expect(withClass(cy, "hidden")).toEqual(["bc", "c", "d"]);
    expect(withClass(cy, "faded")).toEqual([]);

    // Back to no emphasis: every class but the filters' goes.
    rerender(view(null));
    expect(withClass(cy, "hidden")).toEqual(["d"]);
    expect(withClass(cy, "faded")).toEqual([]);
    expect(withClass(cy, "emphasised")).toEqual([]);
  });

  test("touches only the elements whose state changes", () => {
    const cy = drawDataset(d);
    const { rerender } = render(
      <VisibilityController cy={cy} visible={ALL} emphasis={null} hideOutside={false} />,
    );
    const touched: string[] = [];
    cy.on("style", (e) => void touched.push(e.target.id()));
    const focus: Emphasis = { nodes: set("a", "b"), edges: set("ab") };
    rerender(<VisibilityController cy={cy} visible={ALL} emphasis={focus} hideOutside={false} />);
    expect(new Set(touched)).toEqual(set("a", "b", "c", "d", "ab", "bc"));
    touched.length = 0;
    // Only c leaves the focus's fade: b → c joins it.
    const wider: Emphasis = { nodes: set("a", "b", "c"), edges: set("ab", "bc") };
    rerender(<VisibilityController cy={cy} visible={ALL} emphasis={wider} hideOutside={false} />);
    expect(new Set(touched)).toEqual(set("c", "bc"));
  });

  describe("with a painter drawing the graph (large graphs)", () => {
    /** A painter that records what it hears and applies the class changes at once. */
    const painter = (cy: Core) => {
      const heard: { hidden: ReadonlySet<string>; changed: string[]; now: boolean }[] = [];
      return {
        heard,
        setHidden(hidden: ReadonlySet<string>, changes: readonly ClassChange[], now: boolean) {
          heard.push({ hidden, changed: changes.map(([el]) => el.id()).sort(), now });
          applyClasses(cy, changes);
        },
      };
    };
    /** The controller as a large graph's canvas mounts it: no fading by class, a painter. */
    const painted = (cy: Core, p: HiddenSink) => (visible: Emphasis) => (
      <VisibilityController
        cy={cy}
        visible={visible}
        emphasis={null}
        hideOutside={false}
        fadeByClass={false}
        painter={p}
      />
    );

    test("the painter hears every hidden element; an edge whose end is hidden keeps its class", () => {
      const cy = drawDataset(d);
      const p = painter(cy);
      const view = painted(cy, p);
      const { rerender } = render(view(ALL));
      expect(p.heard.at(-1)).toEqual({ hidden: set(), changed: [], now: true });
      // b hidden: its two edges go with it. Cytoscape draws and hit-tests no edge without both
      // ends, so only b is restyled; the painter hears all three.
      rerender(view({ nodes: set("a", "c", "d"), edges: set() }));
      expect(p.heard.at(-1)).toEqual({ hidden: set("b", "ab", "bc"), changed: ["b"], now: false });
      expect(withClass(cy, "hidden")).toEqual(["b"]);
      expect(cy.getElementById("ab").visible()).toBe(false);
      // An edge hidden on its own (a relation filter) is restyled.
      rerender(view({ nodes: ALL.nodes, edges: set("bc") }));
      expect(p.heard.at(-1)).toEqual({ hidden: set("ab"), changed: ["ab", "b"], now: false });
      expect(withClass(cy, "hidden")).toEqual(["ab"]);
      rerender(view(ALL));
      expect(p.heard.at(-1)?.hidden).toEqual(set());
      expect(withClass(cy, "hidden")).toEqual([]);
    });

    test("the first pass is for applying at once (a link that opens with filters set)", () => {
      const cy = drawDataset(d);
      const p = painter(cy);
      const visible = { nodes: set("a"), edges: set() };
      const view = () => painted(cy, p)(visible);
      const { rerender } = render(view());
      expect(p.heard.map((h) => h.now)).toEqual([true]);
      // Both edges lose an end: only the nodes are restyled.
      expect(p.heard[0]?.changed).toEqual(["b", "c", "d"]);
      rerender(view());
      expect(p.heard.map((h) => h.now)).toEqual([true]);
    });
  });
});
