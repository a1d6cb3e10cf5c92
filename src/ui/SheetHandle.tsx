import { useRef, type KeyboardEvent, type PointerEvent } from "react";
import { SHEET_HEIGHTS, sheetPx, type SheetHeight } from "./sheetHeights.ts";

/**
 * The bottom sheet's handle: drag it (or swipe) to resize the sheet, which comes to rest at the
 * nearest of three heights; a swipe down from the lowest closes it. Tapping it steps up through
 * the heights and back down; arrow keys do the same from the keyboard.
 */
export function SheetHandle({
  height,
  stage,
  label,
  onDrag,
  onRest,
  onClose,
}: {
  height: SheetHeight;
  /** The stage's height in pixels (the sheet's full height is almost all of it). */
  stage: number;
  label: string;
  /** While dragging: the sheet's height in pixels, or null when the drag ends. */
  onDrag(px: number | null): void;
  onRest(height: SheetHeight): void;
  onClose(): void;
}) {
  const drag = useRef<{ y: number; from: number; moved: boolean } | null>(null);
  const index = SHEET_HEIGHTS.indexOf(height);
  const step = (delta: number) => {
    const next = SHEET_HEIGHTS[index + delta];
    if (next) onRest(next);
  };
  const onPointerDown = (e: PointerEvent) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { y: e.clientY, from: sheetPx(height, stage), moved: false };
  };
  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    const dy = d.y - e.clientY;
    if (Math.abs(dy) > 6) d.moved = true;
    if (d.moved) onDrag(Math.max(40, Math.min(stage - 12, d.from + dy)));
  };
  const onPointerUp = (e: PointerEvent) => {
    const d = drag.current;
    drag.current = null;
    if (!d) return;
    onDrag(null);
    if (!d.moved) {
      // A tap: up a height, or from the top back down to half.
      onRest(height === "full" ? "half" : (SHEET_HEIGHTS[index + 1] ?? "full"));
      return;
    }
    const px = d.from + (d.y - e.clientY);
    if (px < sheetPx("peek", stage) * 0.6) {
      onClose();
      return;
    }
    const nearest = [...SHEET_HEIGHTS].sort(
      (a, b) => Math.abs(sheetPx(a, stage) - px) - Math.abs(sheetPx(b, stage) - px),
    )[0];
    onRest(nearest ?? height);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "ArrowUp") step(1);
    else if (e.key === "ArrowDown") step(-1);
    else return;
    e.preventDefault();
  };
  return (
    <button
      type="button"
      className="sheet-handle"
      aria-label={label}
      data-height={height}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        drag.current = null;
        onDrag(null);
      }}
      onKeyDown={onKeyDown}
      // Tapping is handled on pointer up; a click from the keyboard steps up.
      onClick={(e) => {
        if (e.detail === 0)
          onRest(height === "full" ? "half" : (SHEET_HEIGHTS[index + 1] ?? "full"));
      }}
    >
      <span aria-hidden="true" />
    </button>
  );
}
