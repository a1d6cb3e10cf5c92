/** Where the tip points, in pixels from the canvas's top left corner. */
export interface TipAt {
  x: number;
  y: number;
}

/** A small tooltip over the canvas: always text (never HTML), kept inside the canvas. */
export function HoverTip({ text, at, width }: { text: string; at: TipAt; width: number }) {
  // Right of the pointer, or left of it near the canvas's right edge.
  const left = at.x + 14 + 320 > width ? undefined : at.x + 14;
  const right = left === undefined ? Math.max(4, width - at.x + 14) : undefined;
  return (
    <div
      className="graph-tip"
      role="tooltip"
      id="graph-tip"
      style={{ top: Math.max(4, at.y + 14), left, right }}
    >
      {text}
    </div>
  );
}
