// @vitest-environment jsdom
import "./testing.tsx";
import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SheetHandle } from "./SheetHandle.tsx";
import { sheetPx, type SheetHeight } from "./sheetHeights.ts";

const STAGE = 800;

function setup(height: SheetHeight) {
  const on = { onDrag: vi.fn(), onRest: vi.fn(), onClose: vi.fn() };
  render(<SheetHandle height={height} stage={STAGE} label="Resize" {...on} />);
  const handle = screen.getByRole("button", { name: "Resize" });
  // jsdom has no pointer capture.
  handle.setPointerCapture = () => undefined;
  return { handle, ...on };
}

/** A drag of the handle from y = 600 by `dy` pixels (up is negative), in two moves. */
function drag(handle: HTMLElement, dy: number) {
  fireEvent.pointerDown(handle, { clientY: 600, pointerId: 1 });
  fireEvent.pointerMove(handle, { clientY: 600 + dy / 2, pointerId: 1 });
  fireEvent.pointerMove(handle, { clientY: 600 + dy, pointerId: 1 });
  fireEvent.pointerUp(handle, { clientY: 600 + dy, pointerId: 1 });
}

describe("sheetPx", () => {
  it("peek is at most 150 px and 30%, half is half, full leaves 12 px", () => {
    expect(sheetPx("peek", 800)).toBe(150);
    expect(sheetPx("peek", 300)).toBe(90);
    expect(sheetPx("half", 800)).toBe(400);
    expect(sheetPx("full", 800)).toBe(788);
    expect(sheetPx("full", 5)).toBe(0);
  });
});

describe("SheetHandle", () => {
  it("a tap steps up a height; from full, back to half", () => {
    const peek = setup("peek");
    fireEvent.pointerDown(peek.handle, { clientY: 600, pointerId: 1 });
    fireEvent.pointerMove(peek.handle, { clientY: 603, pointerId: 1 });
    fireEvent.pointerUp(peek.handle, { clientY: 603, pointerId: 1 });
    expect(peek.onDrag).toHaveBeenLastCalledWith(null);
    expect(peek.onDrag).toHaveBeenCalledTimes(1);
    expect(peek.onRest).toHaveBeenCalledWith("half");
  });

  it("a tap on a full sheet brings it to half", () => {
    const full = setup("full");
    fireEvent.pointerDown(full.handle, { clientY: 100, pointerId: 1 });
    fireEvent.pointerUp(full.handle, { clientY: 100, pointerId: 1 });
    expect(full.onRest).toHaveBeenCalledWith("half");
  });

  it("a drag follows the finger, within the stage, and rests at the nearest height", () => {
    const s = setup("half");
    drag(s.handle, -300);
    // 400 px + 300 px up: the drag reported 550, then 700; full (788) is nearest.
    expect(s.onDrag.mock.calls.map((c) => c[0])).toEqual([550, 700, null]);
    expect(s.onRest).toHaveBeenCalledWith("full");
  });

  it("never drags past the stage's top or below 40 px", () => {
    const s = setup("half");
    drag(s.handle, -1000);
    expect(s.onDrag.mock.calls.map((c) => c[0])).toEqual([788, 788, null]);
  });

  it("a swipe down from the lowest height closes the sheet", () => {
    const s = setup("peek");
    drag(s.handle, 120);
    expect(s.onClose).toHaveBeenCalledTimes(1);
    expect(s.onRest).not.toHaveBeenCalled();
  });

  it("a short swipe down from half rests at peek", () => {
    const s = setup("half");
    drag(s.handle, 200);
    expect(s.onRest).toHaveBeenCalledWith("peek");
    expect(s.onClose).not.toHaveBeenCalled();
  });

  it("a cancelled drag reports its end and rests nowhere", () => {
    const s = setup("half");
    fireEvent.pointerDown(s.handle, { clientY: 600, pointerId: 1 });
    fireEvent.pointerCancel(s.handle, { pointerId: 1 });
    fireEvent.pointerMove(s.handle, { clientY: 100, pointerId: 1 });
    fireEvent.pointerUp(s.handle, { clientY: 100, pointerId: 1 });
    expect(s.onDrag.mock.calls).toEqual([[null]]);
    expect(s.onRest).not.toHaveBeenCalled();
  });

  it("arrow keys step up and down; Enter steps up", async () => {
    const s = setup("half");
    s.handle.focus();
    await userEvent.keyboard("{ArrowUp}");
    expect(s.onRest).toHaveBeenLastCalledWith("full");
    await userEvent.keyboard("{ArrowDown}");
    expect(s.onRest).toHaveBeenLastCalledWith("peek");
    await userEvent.keyboard("{Enter}");
    expect(s.onRest).toHaveBeenLastCalledWith("full");
    expect(s.onRest).toHaveBeenCalledTimes(3);
    await userEvent.keyboard("x");
    expect(s.onRest).toHaveBeenCalledTimes(3);
  });

  it("at the ends, the arrow keys go nowhere", async () => {
    const s = setup("full");
    s.handle.focus();
    await userEvent.keyboard("{ArrowUp}");
    expect(s.onRest).not.toHaveBeenCalled();
  });
});
