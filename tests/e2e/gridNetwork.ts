// A 30 × 30 grid network (900 nodes, 1,740 edges: over the 2,000-element threshold, so drawn as a
// large graph), opened through "Open file", and the test handle's calls the large-graph tests
// share (overlay.e2e.test.ts, basePainter.e2e.test.ts).
import { expect } from "vitest";
import type { Page } from "playwright-core";
import type { AppPage, OpenOptions } from "./app.ts";

/** Canvases are read back, which Chromium warns about (the app never does). */
export const GRID_OPTIONS = {
  width: 1366,
  height: 768,
  reducedMotion: true,
  allow: [/Multiple readback operations using getImageData/],
} as const;

/** Node `n<row>-<column>` at (column × 40, row × 40); with `typed`, papers in odd columns. */
export function grid(typed = false) {
  const side = 30;
  const id = (r: number, c: number) => `n${r}-${c}`;
  const nodes = [];
  const edges = [];
  for (let r = 0; r < side; r++)
    for (let c = 0; c < side; c++) {
      const type = typed ? { type: c % 2 ? "paper" : "person" } : {};
      nodes.push({
        data: { id: id(r, c), label: `Node ${r}-${c}`, ...type },
        position: { x: c * 40, y: r * 40 },
      });
      if (c + 1 < side)
        edges.push({ data: { id: `${id(r, c)}_r`, source: id(r, c), target: id(r, c + 1) } });
      if (r + 1 < side)
        edges.push({ data: { id: `${id(r, c)}_d`, source: id(r, c), target: id(r + 1, c) } });
    }
  return { elements: { nodes, edges } };
}

/** A call of the test handle (`window.__quotegraph`). */
export const handle = <T>(page: Page, method: string, ...args: unknown[]) =>
  page.evaluate(
    ([m, a]) =>
      (
        window as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>
      ).__quotegraph?.[m as string]?.(...(a as unknown[])),
    [method, args] as const,
  ) as Promise<T>;

export const pointOf = (page: Page, id: string) =>
  handle<{ x: number; y: number }>(page, "pointOf", id);

/** The app with the grid opened and drawn (its nodes placed on the page). */
export async function openGrid(
  open: (query: string, options: OpenOptions) => Promise<AppPage>,
  typed = false,
): Promise<Page> {
  const { page } = await open("", GRID_OPTIONS);
  await page.getByTestId("open-file").setInputFiles({
    name: "grid.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(grid(typed))),
  });
  await expect
    .poll(() => page.locator(".subtitle").textContent(), { timeout: 30_000 })
    .toBe("grid");
  await expect.poll(() => pointOf(page, "n15-15")).not.toBeNull();
  return page;
}
