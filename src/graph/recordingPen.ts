// A 2D context that records its calls, for the painters' unit tests. Test-only: nothing in the
// app imports it.
import type { Pen } from "./overlayScene.ts";

export type Call = [string, ...unknown[]];

/** A 2D context that records its calls (and the style in force at each fill or stroke). */
export function recorder(): { pen: Pen; calls: Call[] } {
  const calls: Call[] = [];
  const state = {
    fillStyle: "" as string,
    strokeStyle: "" as string,
    lineWidth: 1,
    globalAlpha: 1,
    font: "",
    textAlign: "start" as CanvasTextAlign,
    textBaseline: "alphabetic" as CanvasTextBaseline,
    lineCap: "butt" as CanvasLineCap,
  };
  const log =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
    };
  const pen = {
    ...state,
    setTransform: log("setTransform"),
    clearRect: log("clearRect"),
    beginPath: log("beginPath"),
    moveTo: log("moveTo"),
    lineTo: log("lineTo"),
    closePath: log("closePath"),
    arc: log("arc"),
    rect: log("rect"),
    setLineDash: log("setLineDash"),
    fill() {
      calls.push(["fill", pen.fillStyle]);
    },
    stroke() {
      calls.push(["stroke", pen.strokeStyle, pen.lineWidth]);
    },
    fillRect(x: number, y: number, w: number, h: number) {
      calls.push(["fillRect", pen.fillStyle, pen.globalAlpha, x, y, w, h]);
    },
    fillText(text: string, x: number, y: number) {
      calls.push(["fillText", text, x, y]);
    },
    measureText: (text: string) => ({ width: text.length * 6 }) as TextMetrics,
  };
  return { pen: pen as unknown as Pen, calls };
}
