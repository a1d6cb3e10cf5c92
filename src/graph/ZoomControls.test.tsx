// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { makeDataset } from "../model/testDataset.ts";
import { fitPadding, fitViewport } from "./fitView.ts";
import { drawDataset, placeNodes, prefersReducedMotion } from "./testCanvas.ts";
import { ZoomControls } from "./ZoomControls.tsx";

afterEach(cleanup);

const LABELS = { zoomIn: "Zoom in", zoomOut: "Zoom out", fit: "Fit" };

function canvas() {
  const d = makeDataset({
    nodes: [
      ["a", "person"],
      ["b", "person"],
    ],
  });
  placeNodes(d, { a: [0, 0], b: [2000, 500] });
  return drawDataset(d, { size: { width: 800, height: 600 } });
}

describe("ZoomControls", () => {
  beforeEach(() => prefersReducedMotion(true));

  test("zoom in and out by half around the canvas's centre, within the zoom range", () => {
    const cy = canvas();
    render(<ZoomControls cy={cy} labels={LABELS} />);
    const centre = () => ({ x: (400 - cy.pan().x) / cy.zoom(), y: (300 - cy.pan().y) / cy.zoom() });
    const before = centre();
    fireEvent.click(screen.getByRole("button", { name: "Zoom in" }));
    expect(cy.zoom()).toBeCloseTo(1.5);
    expect(centre().x).toBeCloseTo(before.x);
    expect(centre().y).toBeCloseTo(before.y);
    fireEvent.click(screen.getByRole("button", { name: "Zoom out" }));
    fireEvent.click(screen.getByRole("button", { name: "Zoom out" }));
    expect(cy.zoom()).toBeCloseTo(1 / 1.5);
    for (let i = 0; i < 10; i++) fireEvent.click(screen.getByRole("button", { name: "Zoom out" }));
    expect(cy.zoom()).toBe(cy.minZoom());
  });

  test("fit shows every node", () => {
    const cy = canvas();
    render(<ZoomControls cy={cy} labels={LABELS} />);
    fireEvent.click(screen.getByTitle("Fit"));
    const want = fitViewport(cy, fitPadding(cy));
    expect(cy.zoom()).toBe(want?.zoom);
    expect(cy.pan()).toEqual(want?.pan);
  });

  test("glide when motion is welcome", async () => {
    prefersReducedMotion(false);
    const cy = canvas();
    render(<ZoomControls cy={cy} labels={LABELS} />);
    fireEvent.click(screen.getByRole("button", { name: "Zoom in" }));
    expect(cy.animated()).toBe(true);
    await vi.waitFor(() => expect(cy.zoom()).toBeCloseTo(1.5), { timeout: 5000 });
    fireEvent.click(screen.getByRole("button", { name: "Fit" }));
    const want = fitViewport(cy, fitPadding(cy));
    await vi.waitFor(() => expect(cy.zoom()).toBeCloseTo(want?.zoom ?? NaN), { timeout: 5000 });
  });

  test("with no canvas yet, or nothing to fit, the buttons do nothing", () => {
    render(<ZoomControls cy={null} labels={LABELS} />);
    expect(() => fireEvent.click(screen.getByRole("button", { name: "Fit" }))).not.toThrow();
    expect(() => fireEvent.click(screen.getByRole("button", { name: "Zoom in" }))).not.toThrow();
  });
});
