// @vitest-environment jsdom
// Large graphs' labels on a headless canvas (800 × 600) with the scale stylesheet.
import { cleanup, render } from "@testing-library/react";
import type { Core } from "cytoscape";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { Emphasis } from "../model/emphasis.ts";
import { makeDataset } from "../model/testDataset.ts";
import { LabelController } from "./LabelController.tsx";
import { SCALE_LABEL_ZOOM } from "./largeStylesheet.ts";
import { drawDataset, placeNodes, withClass } from "./testCanvas.ts";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});
beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] }));

// hub and its twin share a place (their labels collide: the hub has more links); near sits
// beside them, far is 5,000 units away.
function canvas(): Core {
  const d = makeDataset({
    nodes: [
      ["hub", "person"],
      ["twin", "person"],
      ["near", "person"],
      ["x", "person"],
      ["far", "person"],
    ],
    edges: [
      ["hub", "advised_by", "near"],
      ["hub", "advised_by", "x"],
    ],
  });
  placeNodes(d, { hub: [0, 0], twin: [4, 2], near: [0, 150], x: [200, 0], far: [5000, 0] });
  const cy = drawDataset(d, { size: { width: 800, height: 600 }, large: true });
  cy.viewport({ zoom: 1, pan: { x: 400, y: 300 } }); // hub at the centre
  return cy;
}

const zoomTo = (cy: Core, zoom: number) =>
  cy.zoom({ level: zoom, renderedPosition: { x: 400, y: 300 } });

describe("LabelController", () => {
  test("labels nothing while zoomed out, then what is in view and fits, once the camera rests", () => {
    const cy = canvas();
    render(<LabelController cy={cy} active emphasis={null} />);
    expect(withClass(cy, "labelled")).toEqual([]);
    zoomTo(cy, SCALE_LABEL_ZOOM + 0.1);
    vi.advanceTimersByTime(119);
    expect(withClass(cy, "labelled")).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(withClass(cy, "labelled")).toEqual(["hub", "near", "x"]);
    // Zoomed out again, labels stay; far away ones come when the camera gets there.
    zoomTo(cy, 0.5);
    vi.advanceTimersByTime(200);
    expect(withClass(cy, "labelled")).toEqual(["hub", "near", "x"]);
    cy.viewport({ zoom: 2, pan: { x: 400 - 5000 * 2, y: 300 } });
    vi.advanceTimersByTime(200);
    expect(withClass(cy, "labelled")).toEqual(["far", "hub", "near", "x"]);
  });

  test("labels at once when the canvas opens zoomed in; does nothing when not active", () => {
    const cy = canvas();
    zoomTo(cy, 2);
    const { rerender } = render(<LabelController cy={cy} active={false} emphasis={null} />);
    expect(withClass(cy, "labelled")).toEqual([]);
    rerender(<LabelController cy={cy} active emphasis={null} />);
    expect(withClass(cy, "labelled")).toEqual(["hub", "near", "x"]);
  });

  test("a focus labels what fits of it, the selection first; the rest of it stays silent", () => {
    const cy = canvas();
    const focus: Emphasis = { nodes: new Set(["hub", "twin", "near"]), edges: new Set() };
    const { rerender } = render(<LabelController cy={cy} active emphasis={focus} />);
    expect(withClass(cy, "labelled-focus")).toEqual(["hub", "near"]);
    expect(withClass(cy, "label-off")).toEqual(["twin"]);
    cy.getElementById("twin").addClass("selected");
    rerender(<LabelController cy={cy} active emphasis={{ ...focus }} />);
    expect(withClass(cy, "labelled-focus")).toEqual(["near", "twin"]);
    expect(withClass(cy, "label-off")).toEqual(["hub"]);
    rerender(<LabelController cy={cy} active emphasis={null} />);
    expect(withClass(cy, "labelled-focus")).toEqual([]);
    expect(withClass(cy, "label-off")).toEqual([]);
  });

  test("stops listening when unmounted", () => {
    const cy = canvas();
    const { unmount } = render(<LabelController cy={cy} active emphasis={null} />);
    zoomTo(cy, 2);
    unmount();
    vi.advanceTimersByTime(500);
    expect(withClass(cy, "labelled")).toEqual([]);
  });
});
