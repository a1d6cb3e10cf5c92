// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import type { Emphasis } from "../model/emphasis.ts";
import { makeDataset } from "../model/testDataset.ts";
import { drawDataset, withClass } from "./testCanvas.ts";
import { VisibilityController } from "./VisibilityController.tsx";

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
    const painter = () => {
      const heard: ReadonlySet<string>[] = [];
      return { heard, setHidden: (ids: ReadonlySet<string>) => void heard.push(ids) };
    };

    test("the painter hears every hidden element; an edge whose end is hidden keeps its class", () => {
      const cy = drawDataset(d);
      const p = painter();
      const view = (visible: Emphasis) => (
        <VisibilityController
          cy={cy}
          visible={visible}
          emphasis={null}
          hideOutside={false}
          fadeByClass={false}
          painter={p}
        />
      );
      const { rerender } = render(view(ALL));
      expect(p.heard.at(-1)).toEqual(set());
      // b hidden: its two edges go with it. Cytoscape draws and hit-tests no edge without both
      // ends, so only b is restyled; the painter hears all three.
      rerender(view({ nodes: set("a", "c", "d"), edges: set() }));
      expect(p.heard.at(-1)).toEqual(set("b", "ab", "bc"));
      expect(withClass(cy, "hidden")).toEqual(["b"]);
      expect(cy.getElementById("ab").visible()).toBe(false);
      // An edge hidden on its own (a relation filter) is restyled.
      rerender(view({ nodes: ALL.nodes, edges: set("bc") }));
      expect(p.heard.at(-1)).toEqual(set("ab"));
      expect(withClass(cy, "hidden")).toEqual(["ab"]);
      rerender(view(ALL));
      expect(p.heard.at(-1)).toEqual(set());
      expect(withClass(cy, "hidden")).toEqual([]);
    });

    test("a change of hundreds of elements follows the painter in slices, a frame each", () => {
      vi.useFakeTimers({ toFake: ["setTimeout", "requestAnimationFrame"] });
      try {
        const ids = Array.from({ length: 400 }, (_, i) => `n${i}`);
        const many = makeDataset({ nodes: ids.map((id) => [id, "person"] as [string, "person"]) });
        const cy = drawDataset(many);
        const p = painter();
        const view = (visible: Emphasis) => (
          <VisibilityController
            cy={cy}
            visible={visible}
            emphasis={null}
            hideOutside={false}
            fadeByClass={false}
            painter={p}
          />
        );
        const { rerender } = render(view({ nodes: new Set(ids), edges: set() }));
        rerender(view({ nodes: set(), edges: set() }));
        // The painter has it all at once; Cytoscape's classes wait for the frame that paints it.
        expect(p.heard.at(-1)?.size).toBe(400);
        expect(withClass(cy, "hidden")).toHaveLength(0);
        vi.advanceTimersByTime(20);
        expect(withClass(cy, "hidden")).toHaveLength(150);
        vi.advanceTimersByTime(20);
        expect(withClass(cy, "hidden")).toHaveLength(300);
        vi.advanceTimersByTime(20);
        expect(withClass(cy, "hidden")).toHaveLength(400);
        // Shown again before the slices end: the last word wins.
        rerender(view({ nodes: new Set(ids), edges: set() }));
        rerender(view({ nodes: set(), edges: set() }));
        rerender(view({ nodes: new Set(ids), edges: set() }));
        vi.advanceTimersByTime(200);
        expect(withClass(cy, "hidden")).toHaveLength(0);
      } finally {
        vi.useRealTimers();
      }
    });

    test("the first pass is applied at once (a link that opens with filters set)", () => {
      const ids = Array.from({ length: 400 }, (_, i) => `n${i}`);
      const many = makeDataset({ nodes: ids.map((id) => [id, "person"] as [string, "person"]) });
      const cy = drawDataset(many);
      render(
        <VisibilityController
          cy={cy}
          visible={{ nodes: set(), edges: set() }}
          emphasis={null}
          hideOutside={false}
          fadeByClass={false}
          painter={painter()}
        />,
      );
      expect(withClass(cy, "hidden")).toHaveLength(400);
    });
  });
});
