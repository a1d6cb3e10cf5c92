// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
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
});
