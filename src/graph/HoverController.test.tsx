// @vitest-environment jsdom
// The hover's controller: Cytoscape's mouse events and the `hoveredId` prop, drawn with the
// model's rule (hoverEmphasis). hoverHighlight.test.ts covers the class bookkeeping itself.
import { cleanup, render } from "@testing-library/react";
import type { Core } from "cytoscape";
import { afterEach, describe, expect, test, vi } from "vitest";
import { hoverEmphasis } from "../model/emphasis.ts";
import { indexDataset } from "../model/indexDataset.ts";
import { makeDataset } from "../model/testDataset.ts";
import { HoverController } from "./HoverController.tsx";
import { drawDataset, withClass } from "./testCanvas.ts";

afterEach(cleanup);

// a → b → c, d alone.
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
const index = indexDataset(d);
const hoverOf = (id: string) => hoverEmphasis(index, id);
const over = (cy: Core, id: string) => cy.getElementById(id).emit("mouseover");
const out = (cy: Core, id: string) => cy.getElementById(id).emit("mouseout");
/** The hover of a mouse event is drawn in a microtask of the event's task. */
const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe("HoverController", () => {
  test("lights up the node under the mouse with its neighbours and dims the rest", async () => {
    const cy = drawDataset(d);
    render(<HoverController cy={cy} hoveredId={null} hoverOf={hoverOf} fade />);
    over(cy, "a");
    expect(withClass(cy, "hover-in")).toEqual([]); // not yet: in the event's microtask
    await settle();
    expect(withClass(cy, "hover-in")).toEqual(["a", "ab", "b"]);
    expect(withClass(cy, "hover-out")).toEqual(["bc", "c", "d"]);
    out(cy, "a");
    await settle();
    expect(withClass(cy, "hover-in")).toEqual([]);
    expect(withClass(cy, "hover-out")).toEqual([]);
  });

  test("an out then an over, in one task, draw only the second", async () => {
    const cy = drawDataset(d);
    const hovers = vi.fn(hoverOf);
    render(<HoverController cy={cy} hoveredId={null} hoverOf={hovers} fade />);
    over(cy, "a");
    await settle();
    hovers.mockClear();
    out(cy, "a");
    over(cy, "bc");
    await settle();
    expect(hovers.mock.calls).toEqual([["bc"]]);
    expect(withClass(cy, "hover-in")).toEqual(["b", "bc", "c"]);
  });

  test("without fade (a large graph) nothing is dimmed", async () => {
    const cy = drawDataset(d);
    render(<HoverController cy={cy} hoveredId={null} hoverOf={hoverOf} fade={false} />);
    over(cy, "ab");
    await settle();
    expect(withClass(cy, "hover-in")).toEqual(["a", "ab", "b"]);
    expect(withClass(cy, "hover-out")).toEqual([]);
  });

  test("hoveredId (the keyboard's or the tooltip's element) is drawn at once", () => {
    const cy = drawDataset(d);
    const { rerender } = render(<HoverController cy={cy} hoveredId="c" hoverOf={hoverOf} fade />);
    expect(withClass(cy, "hover-in")).toEqual(["b", "bc", "c"]);
    rerender(<HoverController cy={cy} hoveredId={null} hoverOf={hoverOf} fade />);
    expect(withClass(cy, "hover-in")).toEqual([]);
  });

  test("once unmounted, the mouse lights nothing up", async () => {
    const cy = drawDataset(d);
    const { unmount } = render(<HoverController cy={cy} hoveredId={null} hoverOf={hoverOf} fade />);
    over(cy, "a");
    unmount();
    await settle();
    over(cy, "b");
    await settle();
    expect(withClass(cy, "hover-in")).toEqual([]);
  });
});
