// The bottom sheet's resting heights (phones), shared by the shell and the sheet's handle.
export const SHEET_HEIGHTS = ["peek", "half", "full"] as const;
export type SheetHeight = (typeof SHEET_HEIGHTS)[number];

/** A resting height in pixels, for a stage `stage` pixels tall. */
export function sheetPx(height: SheetHeight, stage: number): number {
  if (height === "peek") return Math.min(150, stage * 0.3);
  if (height === "half") return stage * 0.5;
  return Math.max(stage - 12, 0);
}
