// "Open file" in the browser: from the file input's change event to the opened network drawn
// (its title shown and a node of it on the canvas), on fresh pages of the app.
import { basename } from "node:path";
import type { Browser } from "playwright-core";
import { median, VIEWPORT } from "./measure.ts";

export async function measureOpenFile(
  browser: Browser,
  url: string,
  file: string,
  nodeId: string,
  rounds: number,
): Promise<number> {
  const title = basename(file).replace(/\.[^.]+$/, "");
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const page = await browser.newPage({ viewport: VIEWPORT });
    try {
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName("graph-ready").length > 0);
      await page.waitForTimeout(1000);
      await page.evaluate(`document.querySelector('[data-testid="open-file"]').addEventListener(
        "change", (e) => (window.__benchOpen = e.timeStamp), { capture: true, once: true })`);
      await page.getByTestId("open-file").setInputFiles(file);
      const ms = await page.waitForFunction(
        ([t, id]) => {
          const w = window as unknown as {
            __benchOpen?: number;
            __quotegraph?: { positionOf(id: string): unknown };
          };
          const shown = document.querySelector(".subtitle")?.textContent === t;
          return shown && w.__benchOpen !== undefined && w.__quotegraph?.positionOf(id)
            ? performance.now() - w.__benchOpen
            : 0;
        },
        [title, nodeId] as const,
        { polling: "raf", timeout: 120_000 },
      );
      times.push((await ms.jsonValue()) as number);
    } finally {
      await page.close();
    }
  }
  return median(times);
}
