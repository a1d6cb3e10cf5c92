// @vitest-environment jsdom
// Readable labels on a headless canvas of 800 × 600 at zoom 1, centred on 0, 0 (the view runs
// from -400 to 400 across and -300 to 300 down); labels measured by testCanvas's rule.
import { cleanup, render } from "@testing-library/react";
import type { Core } from "cytoscape";
import { afterEach, describe, expect, test, vi } from "vitest";
import { makeDataset, type EdgeSpec, type NodeSpec } from "../model/testDataset.ts";
import {
  applyReadableLabels,
  GLIDE_HOLD_NODES,
  labelUnits,
  ReadableLabelController,
} from "./ReadableLabelController.tsx";
import { drawDataset, measureLabels, placeNodes } from "./testCanvas.ts";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function canvas(at: Record<string, [number, number]>, edges: EdgeSpec[] = []): Core {
  const nodes = Object.keys(at).map((id): NodeSpec => [id, "person"]);
  const d = placeNodes(makeDataset({ nodes, edges }), at);
  const cy = drawDataset(d, { size: { width: 800, height: 600 } });
  cy.viewport({ zoom: 1, pan: { x: 400, y: 300 } });
  measureLabels(cy);
  return cy;
}

/** Each node's place (its `lp` data: "bottom" when never set), or "hidden". */
const places = (cy: Core) =>
  Object.fromEntries(cy.nodes().map((n) => [n.id(), (n.data("lp") as string) ?? "bottom"]));
const hidden = (cy: Core) =>
  cy
    .nodes('[lp = "hidden"]')
    .map((n) => n.id())
    .sort();

describe("labelUnits", () => {
  test("the same size on screen at any zoom, up to a third larger for the best connected", () => {
    expect(labelUnits(12, 0, 4, 1)).toBe(12);
    expect(labelUnits(12, 0, 4, 2)).toBe(6);
    expect(labelUnits(12, 4, 4, 1)).toBe(16);
    expect(labelUnits(12, 1, 4, 0.5)).toBe(Math.round(12 * 1.17) / 0.5);
    expect(labelUnits(12, 0, 0, 1)).toBe(12);
  });
});

describe("applyReadableLabels", () => {
  test("sizes every label for the zoom, by its node's links", () => {
    const cy = canvas({ hub: [0, 0], a: [200, 0], b: [-200, 0] }, [
      ["hub", "advised_by", "a"],
      ["hub", "advised_by", "b"],
    ]);
    applyReadableLabels(cy, 12);
    expect(cy.getElementById("hub").data("fs")).toBe(labelUnits(12, 2, 2, 1));
    expect(cy.getElementById("a").data("fs")).toBe(labelUnits(12, 1, 2, 1));
    cy.zoom(2);
    applyReadableLabels(cy, 12);
    expect(cy.getElementById("a").data("fs")).toBe(labelUnits(12, 1, 2, 2));
  });

  test("a size within half a per cent of the right one is left as it is", () => {
    const cy = canvas({ a: [0, 0] });
    cy.getElementById("a").data("fs", 12.05);
    applyReadableLabels(cy, 12);
    expect(cy.getElementById("a").data("fs")).toBe(12.05);
    cy.getElementById("a").data("fs", 12.1);
    applyReadableLabels(cy, 12);
    expect(cy.getElementById("a").data("fs")).toBe(12);
  });

  test("a label goes below its node when there is room, else to the next place in view", () => {
    const cy = canvas({ mid: [0, 0], low: [0, 290], corner: [395, 290] });
    applyReadableLabels(cy, 12);
    expect(places(cy)).toEqual({ mid: "bottom", low: "right", corner: "left" });
  });

  test("panels covering the canvas's edges count as outside the view", () => {
    const cy = canvas({ mid: [0, 250] });
    applyReadableLabels(cy, 12, { right: 0, bottom: 60 });
    expect(places(cy)).toEqual({ mid: "top" });
    applyReadableLabels(cy, 12, { left: 390, right: 0, bottom: 0 });
    expect(places(cy)).toEqual({ mid: "right" });
  });

  // Two nodes a unit apart at the top of the view, with panels leaving only a narrow band below
  // them: there is room for one label, below.
  const BAND = { left: 375, right: 375, bottom: 545 };
  const pair = () =>
    canvas({ hub: [0, -285], twin: [0, -284], a: [300, 0] }, [["hub", "advised_by", "a"]]);

  test("of two labels that cannot both be drawn, the node with more links keeps its own", () => {
    const cy = pair();
    applyReadableLabels(cy, 12, BAND);
    expect(places(cy)).toMatchObject({ hub: "bottom", twin: "hidden" });
    // The selected node wins.
    cy.getElementById("twin").addClass("selected");
    applyReadableLabels(cy, 12, BAND);
    expect(places(cy)).toMatchObject({ twin: "bottom", hub: "hidden" });
  });

  test("what is emphasised beats the rest; a hover's classes win over the focus's", () => {
    const cy = pair();
    cy.getElementById("twin").addClass("emphasised");
    cy.getElementById("hub").addClass("faded");
    applyReadableLabels(cy, 12, BAND);
    expect(places(cy)).toMatchObject({ twin: "bottom", hub: "hidden" });
    cy.getElementById("twin").addClass("hover-out");
    cy.getElementById("hub").addClass("hover-in");
    applyReadableLabels(cy, 12, BAND);
    expect(places(cy)).toMatchObject({ hub: "bottom", twin: "hidden" });
  });

  test("a faded node is no obstacle to the label of a node in focus", () => {
    // b's label below would cover c; once c is faded, it may.
    const cy = canvas({ b: [0, 0], c: [0, 24] });
    applyReadableLabels(cy, 12);
    expect(places(cy).b).not.toBe("bottom");
    cy.getElementById("c").addClass("faded");
    cy.getElementById("b").addClass("emphasised");
    applyReadableLabels(cy, 12);
    expect(places(cy).b).toBe("bottom");
  });

  test("on a talk's stage, every node in focus shows its label", () => {
    const cy = pair();
    cy.$("#hub, #twin").addClass("emphasised");
    applyReadableLabels(cy, 12, BAND, true);
    expect(hidden(cy)).toEqual(["a"]); // a is out of view, and not in focus
    applyReadableLabels(cy, 12, BAND, false);
    expect(hidden(cy)).toEqual(["a", "twin"]);
  });

  test("labels clear each other and other nodes", () => {
    // A row of nodes 30 apart: their labels below would touch, so they alternate around them.
    const at = Object.fromEntries(
      Array.from({ length: 6 }, (_, i): [string, [number, number]] => [`node${i}`, [i * 30, 0]]),
    );
    const cy = canvas(at);
    applyReadableLabels(cy, 12);
    const p = places(cy);
    expect(Object.values(p).filter((v) => v !== "hidden").length).toBeGreaterThanOrEqual(4);
    expect(new Set(Object.values(p)).size).toBeGreaterThan(1);
  });
});

const NOTHING_COVERED = { right: 0, bottom: 0 };
/** The controller, at `version`, over first elements whose labels were `placed` ahead or not. */
const ahead = (cy: Core, placed: boolean, version: number) => (
  <ReadableLabelController
    cy={cy}
    px={12}
    version={version}
    placedAhead={placed}
    covered={NOTHING_COVERED}
  />
);

describe("ReadableLabelController", () => {
  test("places labels at once, again on each zoom's frame, and once a pan rests", () => {
    vi.useFakeTimers({
      toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"],
    });
    const cy = canvas({ mid: [0, 0], edge: [0, 280] });
    const covered = { right: 0, bottom: 0 };
    render(<ReadableLabelController cy={cy} px={12} version={0} covered={covered} />);
    expect(cy.getElementById("mid").data("fs")).toBe(12);
    expect(places(cy)).toEqual({ mid: "bottom", edge: "right" });
    // A zoom resizes labels on the next frame.
    cy.zoom({ level: 2, renderedPosition: { x: 400, y: 300 } });
    expect(cy.getElementById("mid").data("fs")).toBe(12);
    vi.advanceTimersToNextFrame();
    expect(cy.getElementById("mid").data("fs")).toBe(6);
    // A pan: chosen again 150 ms after it rests (edge's label has room below it now).
    cy.zoom({ level: 1, renderedPosition: { x: 400, y: 300 } });
    vi.advanceTimersToNextFrame();
    cy.pan({ x: 400, y: 200 });
    vi.advanceTimersToNextFrame();
    expect(places(cy).edge).toBe("right");
    vi.advanceTimersByTime(150);
    vi.advanceTimersToNextFrame();
    expect(places(cy).edge).toBe("bottom");
  });

  test("over many nodes, labels scale with the camera's glide and are chosen once it ends", () => {
    vi.useFakeTimers({
      toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"],
    });
    const many: Record<string, [number, number]> = { mid: [0, 0], edge: [0, 280] };
    for (let i = 0; i < GLIDE_HOLD_NODES; i++) many[`far${i}`] = [5000 + 100 * i, 5000];
    const cy = canvas(many);
    render(
      <ReadableLabelController cy={cy} px={12} version={0} covered={{ right: 0, bottom: 0 }} />,
    );
    const animated = vi.spyOn(cy, "animated").mockReturnValue(true);
    cy.zoom({ level: 1.5, renderedPosition: { x: 400, y: 300 } });
    vi.advanceTimersToNextFrame();
    cy.zoom({ level: 2, renderedPosition: { x: 400, y: 300 } });
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(300);
    expect(cy.getElementById("mid").data("fs")).toBe(12);
    expect(places(cy).edge).toBe("right");
    animated.mockReturnValue(false);
    vi.advanceTimersToNextFrame();
    expect(cy.getElementById("mid").data("fs")).toBe(6);
    expect(places(cy).edge).toBe("hidden"); // out of view at zoom 2
  });

  test("over few nodes, labels keep their size on screen through each frame of a glide", () => {
    vi.useFakeTimers({
      toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"],
    });
    const cy = canvas({ mid: [0, 0], edge: [0, 280] });
    render(
      <ReadableLabelController cy={cy} px={12} version={0} covered={{ right: 0, bottom: 0 }} />,
    );
    vi.spyOn(cy, "animated").mockReturnValue(true);
    cy.zoom({ level: 1.5, renderedPosition: { x: 400, y: 300 } });
    vi.advanceTimersToNextFrame();
    expect(cy.getElementById("mid").data("fs")).toBe(8);
  });

  test("from the next frame, a layout's end or a drag places labels again; unmounted, nothing", () => {
    vi.useFakeTimers({
      toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"],
    });
    const cy = canvas({ a: [0, 0], b: [300, 0] });
    const { unmount } = render(
      <ReadableLabelController cy={cy} px={12} version={0} covered={{ right: 0, bottom: 0 }} />,
    );
    vi.advanceTimersToNextFrame();
    cy.getElementById("b").position({ x: 0, y: 1 });
    cy.getElementById("b").emit("dragfree");
    expect(places(cy).b).toBe("bottom");
    vi.advanceTimersToNextFrame();
    expect(places(cy).b).toBe("right");
    unmount();
    cy.getElementById("b").position({ x: 300, y: 0 });
    cy.emit("layoutstop");
    cy.zoom(2);
    vi.advanceTimersByTime(500);
    expect(places(cy).b).toBe("right");
    expect(cy.getElementById("a").data("fs")).toBe(12);
  });

  test("labels placed ahead (the canvas's first elements) are checked once the first frame is shown", () => {
    vi.useFakeTimers({
      toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"],
    });
    const cy = canvas({ mid: [0, 0], edge: [0, 280] });
    cy.getElementById("mid").data("fs", 99); // not what the controller would choose
    const { rerender } = render(ahead(cy, true, 0));
    vi.advanceTimersToNextFrame();
    expect(cy.getElementById("mid").data("fs")).toBe(99); // nothing before the first frame
    cy.emit("render");
    vi.advanceTimersToNextFrame();
    expect(cy.getElementById("mid").data("fs")).toBe(99); // the frame that shows it
    vi.advanceTimersToNextFrame();
    expect(cy.getElementById("mid").data("fs")).toBe(12);
    // Any later pass (a selection, a hover) places labels at once.
    cy.getElementById("mid").data("fs", 99);
    rerender(ahead(cy, true, 1));
    expect(cy.getElementById("mid").data("fs")).toBe(12);
  });

  test("a change before the first frame places labels at once", () => {
    const cy = canvas({ mid: [0, 0] });
    cy.getElementById("mid").data("fs", 99);
    const { rerender } = render(ahead(cy, true, 0));
    expect(cy.getElementById("mid").data("fs")).toBe(99);
    rerender(ahead(cy, true, 1));
    expect(cy.getElementById("mid").data("fs")).toBe(12);
  });

  test("with a measure, labels are placed by their text's box, not by asking Cytoscape", () => {
    const cy = canvas({ a: [0, 0] });
    const covered = { right: 0, bottom: 0 };
    const { rerender } = render(
      <ReadableLabelController cy={cy} px={12} version={0} covered={covered} />,
    );
    expect(places(cy).a).toBe("bottom");
    // A line measured 1,000 px wide fits nowhere in the 800 px view.
    rerender(
      <ReadableLabelController
        cy={cy}
        px={12}
        version={1}
        covered={covered}
        measure={() => 1000}
      />,
    );
    expect(places(cy).a).toBe("hidden");
  });

  test("does nothing for large graphs (px null)", () => {
    const cy = canvas({ a: [0, 0] });
    cy.getElementById("a").data("fs", 99);
    render(
      <ReadableLabelController cy={cy} px={null} version={0} covered={{ right: 0, bottom: 0 }} />,
    );
    expect(cy.getElementById("a").data("fs")).toBe(99);
  });
});
