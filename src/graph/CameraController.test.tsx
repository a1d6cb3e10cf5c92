// @vitest-environment jsdom
// The camera against a headless Cytoscape sized like an 800 × 600 canvas.
import { cleanup, render } from "@testing-library/react";
import type { Core } from "cytoscape";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { makeDataset } from "../model/testDataset.ts";
import { CameraController, type CameraState, type Insets } from "./CameraController.tsx";
import { fitPadding, fitViewport } from "./fitView.ts";
import { drawDataset, placeNodes, prefersReducedMotion } from "./testCanvas.ts";

afterEach(cleanup);

const SIZE = { width: 800, height: 600 };
const NO_INSETS: Insets = { right: 0, bottom: 0 };

// A row of four nodes 1,000 units wide, and one far below.
function canvas(): Core {
  const d = makeDataset({
    nodes: [
      ["a", "person"],
      ["b", "person"],
      ["c", "person"],
      ["d", "person"],
      ["far", "person"],
    ],
    edges: [["a", "advised_by", "b", { id: "ab" }]],
  });
  placeNodes(d, { a: [0, 0], b: [300, 0], c: [600, 0], d: [1000, 0], far: [500, 3000] });
  return drawDataset(d, { size: SIZE });
}

const camera = (cy: Core): CameraState => ({ zoom: cy.zoom(), x: cy.pan().x, y: cy.pan().y });

/** Where an element's box sits on screen, in CSS pixels. */
const onScreen = (cy: Core, ids: string[]) =>
  cy
    .collection()
    .merge(cy.nodes().filter((n) => ids.includes(n.id())))
    .renderedBoundingBox({});

beforeEach(() => prefersReducedMotion(true));
afterEach(() => vi.useRealTimers());

describe("CameraController: the address's camera", () => {
  test("is applied as it is on the first view, animation or not, and again when it changes", () => {
    prefersReducedMotion(false);
    const cy = canvas();
    const props = { cy, onCamera: () => {}, focusIds: [], insets: NO_INSETS };
    const { rerender } = render(
      <CameraController {...props} camera={{ zoom: 1.5, x: 120, y: -40 }} />,
    );
    expect(camera(cy)).toEqual({ zoom: 1.5, x: 120, y: -40 });
    // With reduced motion, back and forward jump there too.
    prefersReducedMotion(true);
    cy.viewport({ zoom: 0.5, pan: { x: 0, y: 0 } });
    rerender(<CameraController {...props} camera={{ zoom: 2, x: 10, y: 20 }} />);
    expect(camera(cy)).toEqual({ zoom: 2, x: 10, y: 20 });
  });

  test("glides there on back and forward once the reader has moved", async () => {
    prefersReducedMotion(false);
    const cy = canvas();
    const props = { cy, onCamera: () => {}, focusIds: [], insets: NO_INSETS };
    const { rerender } = render(<CameraController {...props} camera={null} />);
    cy.viewport({ zoom: 0.5, pan: { x: 0, y: 0 } });
    rerender(<CameraController {...props} camera={{ zoom: 1, x: 100, y: 50 }} />);
    expect(cy.animated()).toBe(true);
    await vi.waitFor(() => expect(camera(cy)).toEqual({ zoom: 1, x: 100, y: 50 }), {
      timeout: 5000,
    });
  });

  test("reports the reader's moves once they rest, and does not go back to what it reported", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const cy = canvas();
    const onCamera = vi.fn();
    const props = { cy, onCamera, focusIds: [], insets: NO_INSETS };
    const { rerender } = render(<CameraController {...props} camera={null} />);
    cy.viewport({ zoom: 1, pan: { x: 10, y: 10 } });
    vi.advanceTimersByTime(200);
    cy.viewport({ zoom: 1.2, pan: { x: 30, y: 40 } });
    vi.advanceTimersByTime(399);
    expect(onCamera).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onCamera.mock.calls).toEqual([[{ zoom: 1.2, x: 30, y: 40 }]]);
    // The store now holds the camera reported (or one within a pixel of it): nothing moves.
    cy.pan({ x: 300, y: 300 });
    rerender(<CameraController {...props} camera={{ zoom: 1.2, x: 30.5, y: 40 }} />);
    expect(cy.pan()).toEqual({ x: 300, y: 300 });
  });

  test("stops reporting when unmounted", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const cy = canvas();
    const onCamera = vi.fn();
    const { unmount } = render(
      <CameraController
        cy={cy}
        camera={null}
        onCamera={onCamera}
        focusIds={[]}
        insets={NO_INSETS}
      />,
    );
    cy.viewport({ zoom: 1, pan: { x: 10, y: 10 } });
    unmount();
    cy.viewport({ zoom: 2, pan: { x: 10, y: 10 } });
    vi.advanceTimersByTime(1000);
    expect(onCamera).not.toHaveBeenCalled();
  });
});

describe("CameraController: the selection", () => {
  test("brings a selection out of view into view, at a readable zoom", () => {
    const cy = canvas();
    cy.viewport({ zoom: 0.3, pan: { x: 0, y: 0 } });
    render(
      <CameraController
        cy={cy}
        camera={null}
        onCamera={() => {}}
        focusIds={["far"]}
        insets={NO_INSETS}
      />,
    );
    expect(cy.zoom()).toBeCloseTo(0.8);
    const box = onScreen(cy, ["far"]);
    expect((box.x1 + box.x2) / 2).toBeCloseTo(400);
    expect((box.y1 + box.y2) / 2).toBeCloseTo(300);
  });

  test("leaves the camera alone when the selection is in view and readable", () => {
    const cy = canvas();
    cy.viewport({ zoom: 1, pan: { x: 100, y: 300 } }); // a, b at 100 and 400 px
    render(
      <CameraController
        cy={cy}
        camera={null}
        onCamera={() => {}}
        focusIds={["a", "b"]}
        insets={NO_INSETS}
      />,
    );
    expect(camera(cy)).toEqual({ zoom: 1, x: 100, y: 300 });
  });

  test("without closeUp (large graphs) keeps the zoom: a selection in view moves nothing", () => {
    prefersReducedMotion(false);
    const cy = canvas();
    cy.viewport({ zoom: 0.3, pan: { x: 100, y: 200 } }); // far at 250, 1,100 px: out of view
    const props = { cy, camera: null, onCamera: () => {}, insets: NO_INSETS, closeUp: false };
    const { rerender } = render(<CameraController {...props} focusIds={["a", "b"]} />);
    // a and b are in view at 100 and 190 px, too small to read: the zoom stays.
    expect(camera(cy)).toEqual({ zoom: 0.3, x: 100, y: 200 });
    // Out of view: brought to the middle at the same zoom, at once (no glide to redraw).
    rerender(<CameraController {...props} focusIds={["far"]} />);
    expect(cy.animated()).toBe(false);
    expect(cy.zoom()).toBeCloseTo(0.3);
    const box = onScreen(cy, ["far"]);
    expect((box.x1 + box.x2) / 2).toBeCloseTo(400);
    expect((box.y1 + box.y2) / 2).toBeCloseTo(300);
  });

  test("frames the selection in the part of the canvas no panel covers, zooming out to fit", () => {
    const cy = canvas();
    cy.viewport({ zoom: 1, pan: { x: 100, y: 300 } });
    const insets: Insets = { left: 100, right: 300, bottom: 100 };
    render(
      <CameraController
        cy={cy}
        camera={null}
        onCamera={() => {}}
        focusIds={["a", "d"]}
        insets={insets}
      />,
    );
    // 400 px wide are left between the panels: the 1,000 units and more of a–d must fit in it.
    expect(cy.zoom()).toBeLessThan(0.4);
    const box = onScreen(cy, ["a", "d"]);
    expect(box.x1).toBeGreaterThanOrEqual(100 + 40 - 0.5);
    expect(box.x2).toBeLessThanOrEqual(500 - 40 + 0.5);
    expect((box.x1 + box.x2) / 2).toBeCloseTo(300);
    expect((box.y1 + box.y2) / 2).toBeCloseTo(250);
  });

  test("an unknown id or an empty selection moves nothing", () => {
    const cy = canvas();
    cy.viewport({ zoom: 0.3, pan: { x: 7, y: 8 } });
    render(
      <CameraController
        cy={cy}
        camera={null}
        onCamera={() => {}}
        focusIds={["nobody"]}
        insets={NO_INSETS}
      />,
    );
    expect(camera(cy)).toEqual({ zoom: 0.3, x: 7, y: 8 });
  });

  test("gives way to the address's camera when both come at once (a shared link)", () => {
    const cy = canvas();
    render(
      <CameraController
        cy={cy}
        camera={{ zoom: 0.2, x: 5, y: 6 }}
        onCamera={() => {}}
        focusIds={["far"]}
        insets={NO_INSETS}
      />,
    );
    expect(camera(cy)).toEqual({ zoom: 0.2, x: 5, y: 6 });
  });
});

describe("CameraController: a drawer opening on the left", () => {
  const props = (cy: Core, left: number) => ({
    cy,
    camera: null,
    onCamera: () => {},
    focusIds: [],
    insets: { left, right: 0, bottom: 0 },
  });

  test("fits a picture that was whole in view into what is left", () => {
    const cy = canvas();
    const whole = fitViewport(cy, fitPadding(cy));
    if (!whole) throw new Error("nothing to fit");
    cy.viewport(whole);
    const { rerender } = render(<CameraController {...props(cy, 0)} />);
    expect(camera(cy)).toEqual({ zoom: whole.zoom, ...whole.pan });
    rerender(<CameraController {...props(cy, 300)} />);
    const fitted = fitViewport(cy, fitPadding(cy), 300);
    expect(camera(cy)).toEqual({ zoom: fitted?.zoom, ...fitted?.pan });
    const box = cy.nodes().renderedBoundingBox({ includeLabels: false });
    expect(box.x1).toBeGreaterThanOrEqual(300);
  });

  test("moves a zoomed-in picture over by half the drawer, keeping its zoom", () => {
    const cy = canvas();
    cy.viewport({ zoom: 2, pan: { x: -100, y: 0 } });
    const { rerender } = render(<CameraController {...props(cy, 0)} />);
    rerender(<CameraController {...props(cy, 300)} />);
    expect(camera(cy)).toEqual({ zoom: 2, x: 50, y: 0 });
    rerender(<CameraController {...props(cy, 0)} />);
    expect(camera(cy)).toEqual({ zoom: 2, x: -100, y: 0 });
  });

  test("does nothing while something is selected", () => {
    const cy = canvas();
    cy.viewport({ zoom: 2, pan: { x: -100, y: 0 } });
    const p = { ...props(cy, 0), focusIds: ["nobody"] };
    const { rerender } = render(<CameraController {...p} />);
    rerender(<CameraController {...p} insets={{ left: 300, right: 0, bottom: 0 }} />);
    expect(camera(cy)).toEqual({ zoom: 2, x: -100, y: 0 });
  });
});
