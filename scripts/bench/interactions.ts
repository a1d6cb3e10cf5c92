// Interaction figures on a drawn page: JS heap after first paint, hover settled, click to panel,
// filter (hide a type) and table shown. Each is timed in the page, from the input event's
// timeStamp to "settled": the later of the end of the first frame after the event and the end of
// the last long task that started after it (PerformanceObserver "longtask"), once the page has
// been quiet for QUIET_MS. The bare and sigma pages do the nearest equivalents (their main.ts).
import type { Page } from "playwright-core";

export interface Interactions {
  heapMB: number;
  hoverMs: number;
  clickMs: number;
  filterMs: number;
  tableMs: number;
}

export const NO_INTERACTIONS: Interactions = {
  heapMB: NaN,
  hoverMs: NaN,
  clickMs: NaN,
  filterMs: NaN,
  tableMs: NaN,
};

const QUIET_MS = 400;
const TIMEOUT_MS = 60_000;

/** What the page needs to know: whose interactions, which node, which type to hide. */
export interface InteractionPlan {
  kind: "app" | "bare" | "sigma";
  probe: "__quotegraph" | "__bare";
  node: string;
  /** A node type to hide, or null when the network has no second type. */
  hideType: string | null;
  /** What the app's filter lists the type as ("University"). */
  hideLabel: string | null;
}

// A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
const ARM = `((type) => {
  window.__benchSettled = new Promise((resolve) => {
    let start = null;
    let frameEnd = null;
    let longEnd = 0;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (start !== null && e.startTime >= start - 1) longEnd = Math.max(longEnd, e.startTime + e.duration);
    });
    observer.observe({ type: "longtask" });
    const onEvent = (e) => {
      if (start !== null) return;
      start = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => (frameEnd = performance.now()), 0));
    };
    window.addEventListener(type, onEvent, { capture: true });
    const began = performance.now();
    const check = () => {
      const end = frameEnd === null ? null : Math.max(frameEnd, longEnd);
      if (end !== null && performance.now() - end > ${QUIET_MS}) {
        observer.disconnect();
        window.removeEventListener(type, onEvent, { capture: true });
        resolve(end - start);
      } else if (performance.now() - began > ${TIMEOUT_MS}) resolve(NaN);
      else setTimeout(check, 50);
    };
    setTimeout(check, 50);
  });
})`;

/**
 * Waits until no frame has taken over 35 ms for QUIET_MS (at most 10 s): Cytoscape builds its
 * textures in idle time after a pan or a first draw and then redraws once (60-70 ms on 20,000
 * elements), and an interaction timed across that frame would be charged for it.
 */
function untilQuiet(page: Page): Promise<unknown> {
  return page.evaluate(`new Promise((done) => {
    const began = performance.now();
    let last = began;
    let lastLong = began;
    const tick = (t) => {
      if (t - last > 35) lastLong = t;
      last = t;
      if (t - lastLong > ${QUIET_MS} || t - began > 10000) done(null);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`);
}

async function timed(page: Page, eventType: string, act: () => Promise<void>): Promise<number> {
  await untilQuiet(page);
  await page.evaluate(`${ARM}(${JSON.stringify(eventType)})`);
  await act();
  return (await page.evaluate("window.__benchSettled")) as number;
}

/** JS heap in use after a full garbage collection, in MB (Chrome DevTools protocol). */
async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
    return usedSize / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}

async function pointOf(page: Page, probe: string, id: string) {
  return page.evaluate(
    ([p, nodeId]) =>
      (
        window as unknown as Record<
          string,
          { pointOf(id: string): { x: number; y: number } | null } | undefined
        >
      )[p]?.pointOf(nodeId) ?? null,
    [probe, id] as const,
  );
}

export async function measureInteractions(
  page: Page,
  plan: InteractionPlan,
): Promise<Interactions> {
  const heap = await heapMB(page);
  const at = await pointOf(page, plan.probe, plan.node);
  if (!at) throw new Error(`${page.url()}: node ${plan.node} is not on screen`);
  // Start off the node, so the move onto it is a hover.
  await page.mouse.move(at.x + 40, at.y + 40);
  await page.waitForTimeout(200);
  const hoverMs = await timed(page, "mousemove", () => page.mouse.move(at.x, at.y));
  await page.mouse.move(at.x + 40, at.y + 40);
  await page.waitForTimeout(QUIET_MS);
  const clickMs = await timed(page, "mousedown", async () => {
    await page.mouse.click(at.x, at.y);
    // The hub's panel, or an edge's where a line lies over the hub's centre.
    if (plan.kind === "app")
      await page.waitForSelector("#node-title, #edge-title", {
        timeout: TIMEOUT_MS,
        state: "visible",
      });
  });
  let filterMs = NaN;
  if (plan.hideType) {
    if (plan.kind === "app") {
      await page.getByRole("button", { name: "Filters", exact: true }).click();
      const box = page
        .getByTestId("filters")
        .getByRole("checkbox", { name: new RegExp(`^${plan.hideLabel ?? ""}\\b`) });
      await box.waitFor({ timeout: TIMEOUT_MS });
      await page.waitForTimeout(QUIET_MS);
      filterMs = await timed(page, "mousedown", () => box.click());
      await page.getByRole("button", { name: "Filters", exact: true }).click();
    } else {
      await page.evaluate(
        (t) => ((window as { __benchHideType?: string }).__benchHideType = t),
        plan.hideType,
      );
      filterMs = await timed(page, "keydown", () => page.keyboard.press("f"));
    }
  }
  let tableMs = NaN;
  if (plan.kind === "app") {
    await page.waitForTimeout(QUIET_MS);
    const table = page.getByRole("button", { name: "Table", exact: true });
    tableMs = await timed(page, "mousedown", async () => {
      await table.click();
      await page.waitForSelector("table tbody tr", { timeout: TIMEOUT_MS });
    });
  }
  return { heapMB: heap, hoverMs, clickMs, filterMs, tableMs };
}
