// The first click on an edge against a later one: time from the click to its panel's content.
// The first click used to wait for the panel's code to download (~300 ms on a fresh page); the
// app now fetches it in idle time once the graph is drawn.
import type { Browser, Page } from "playwright-core";
import { median, VIEWPORT } from "./measure.ts";

type Probe = { pointOf(id: string): { x: number; y: number } | null };

/** Click an edge's midpoint; ms until its panel shows its title (measured in the page, per frame). */
async function clickToPanel(page: Page, edgeId: string): Promise<number> {
  const at = await page.evaluate(
    (id) => (window as unknown as { __quotegraph: Probe }).__quotegraph.pointOf(id),
    edgeId,
  );
  if (!at) throw new Error(`edge ${edgeId} is not on screen`);
  await page.evaluate(() => ((window as unknown as { __t0: number }).__t0 = performance.now()));
  await page.mouse.click(at.x, at.y);
  const ms = await page.waitForFunction(
    () =>
      document.querySelector("#edge-title")?.textContent
        ? performance.now() - (window as unknown as { __t0: number }).__t0
        : 0,
    null,
    { polling: "raf", timeout: 10_000 },
  );
  return (await ms.jsonValue()) as number;
}

/** Medians over `rounds` fresh pages of the first and of a later click (another edge). */
export async function measureFirstClick(
  browser: Browser,
  url: string,
  edges: readonly [string, string],
  rounds: number,
): Promise<{ firstMs: number; laterMs: number }> {
  const first: number[] = [];
  const later: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const page = await browser.newPage({ viewport: VIEWPORT, reducedMotion: "reduce" });
    try {
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName("graph-ready").length > 0);
      // A reader takes a moment before the first click: two seconds.
      await page.waitForTimeout(2000);
      first.push(await clickToPanel(page, edges[0]));
      await page.getByRole("button", { name: "Close" }).click();
      await page.waitForFunction(() => !document.querySelector("#edge-title"));
      await page.getByRole("button", { name: "Fit the whole graph" }).click();
      later.push(await clickToPanel(page, edges[1]));
    } finally {
      await page.close();
    }
  }
  return { firstMs: median(first), laterMs: median(later) };
}
