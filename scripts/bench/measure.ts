// One fresh page: time from navigation to performance.mark('graph-ready') and what was fetched
// until then, then the median requestAnimationFrame delta while a real mouse drag pans the canvas.
import type { Browser, Page } from "playwright-core";
import {
  measureInteractions,
  NO_INTERACTIONS,
  type InteractionPlan,
  type Interactions,
} from "./interactions.ts";

export type Kind = "app" | "bare" | "minimal" | "sigma";

export interface Variant {
  kind: Kind;
  url: string;
  /** The element that holds the Cytoscape canvases. */
  container: string;
  /** The window property with a read-only pointOf(id) probe. */
  probe: "__quotegraph" | "__bare";
  /** Also measure panning (the minimal-style page only gives a first-paint figure). */
  pan: boolean;
  /** Heap, hover, click, filter and table, after the pan (null: first paint only). */
  interact: InteractionPlan | null;
}

export interface PageResult extends Interactions {
  readyMs: number;
  /** Paths (from the page's folder) of everything fetched before graph-ready, the page included. */
  loaded: string[];
  /** Median requestAnimationFrame delta while panning. */
  frameMs: number;
  /** The longest delta: Cytoscape's one-off work when a pan starts (caches, textures). */
  worstFrameMs: number;
  /** Deltas over 50 ms (a visible stall). */
  longFrames: number;
  /** Console errors and warnings (page errors fail the run). */
  warnings: string[];
}

export const VIEWPORT = { width: 1280, height: 800 };
const PAN_STEPS = 60;
const READY_TIMEOUT_MS = 120_000;
export const LONG_FRAME_MS = 50;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

export async function measurePage(
  browser: Browser,
  variant: Variant,
  refNode: string,
): Promise<PageResult> {
  const page = await browser.newPage({ viewport: VIEWPORT, locale: "en-US", colorScheme: "light" });
  try {
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") {
        problems.push(`${m.type()}: ${m.text()} (${m.location().url || "no url"})`);
      }
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
    });
    await page.goto(variant.url);
    await page.waitForFunction(
      (probe) =>
        performance.getEntriesByName("graph-ready").length > 0 &&
        (window as unknown as Record<string, unknown>)[probe] !== undefined,
      variant.probe,
      { timeout: READY_TIMEOUT_MS, polling: 50 },
    );
    const { readyMs, loaded } = await page.evaluate(() => {
      const ready = performance.getEntriesByName("graph-ready")[0]?.startTime ?? NaN;
      const entries = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      const folder = new URL(".", location.href).pathname;
      const loaded = [
        location.pathname,
        ...entries.filter((r) => r.responseEnd <= ready).map((r) => new URL(r.name).pathname),
      ];
      return {
        readyMs: ready,
        loaded: loaded.map((p) => (p.endsWith("/") ? `${p}index.html` : p).slice(folder.length)),
      };
    });
    await settle(page);
    const frames = variant.pan ? await panFrames(page, variant, refNode) : [NaN];
    let interactions = NO_INTERACTIONS;
    if (variant.interact) {
      try {
        interactions = await measureInteractions(page, variant.interact);
      } catch (error) {
        // One failed interaction costs its figures ("-"), not the whole run.
        problems.push(
          `interactions: ${error instanceof Error ? error.message.split("\n")[0] : error}`,
        );
      }
    }
    const fatal = problems.filter((p) => p.startsWith("pageerror"));
    if (fatal.length > 0) throw new Error(`${variant.url}: ${fatal.join("; ")}`);
    return {
      readyMs,
      loaded,
      frameMs: median(frames),
      worstFrameMs: Math.max(...frames),
      longFrames: frames.filter((d) => d > LONG_FRAME_MS).length,
      warnings: problems,
      ...interactions,
    };
  } finally {
    await page.close();
  }
}

/** Two frames and a short idle, so the pan starts from a drawn, quiet page. */
function settle(page: Page) {
  return page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300))),
      ),
  );
}

type Point = { x: number; y: number };

function probePoint(page: Page, variant: Variant, id: string): Promise<Point | null> {
  return page.evaluate(
    ([probe, nodeId]) =>
      (window as unknown as Record<string, { pointOf(id: string): Point | null } | undefined>)[
        probe
      ]?.pointOf(nodeId) ?? null,
    [variant.probe, id] as const,
  );
}

/**
 * A point near a corner of the canvas where the canvas itself is on top (no panel, no node). The
 * corners whose drag moves `keep` (the node the interactions use) towards the middle come first,
 * so that it is still on screen, and not under the legend or a button, after the pan.
 */
function startPoint(page: Page, container: string, keep: Point | null) {
  return page.evaluate(
    ([selector, ref]) => {
      const holder = document.querySelector(selector);
      if (!holder) return null;
      const b = holder.getBoundingClientRect();
      const inset = 12;
      const corners = [
        [b.left + inset, b.top + inset, 1, 1],
        [b.right - inset, b.top + inset, -1, 1],
        [b.left + inset, b.bottom - inset, 1, -1],
        [b.right - inset, b.bottom - inset, -1, -1],
      ] as const;
      // Scored +1 for each direction of the drag that takes `ref` towards the canvas's middle
      // (no named function here: tsx would wrap it in a helper the page lacks).
      const ordered = corners
        .map((c) => ({
          c,
          score: ref
            ? Number(c[2] * (b.left + b.width / 2 - ref.x) > 0) +
              Number(c[3] * (b.top + b.height / 2 - ref.y) > 0)
            : 0,
        }))
        .sort((p, q) => q.score - p.score)
        .map((o) => o.c);
      for (const [x, y, sx, sy] of ordered) {
        const hit = document.elementFromPoint(x, y);
        // sigma takes the pointer on a div of its own (".sigma-mouse") over its canvases.
        const drawn = hit instanceof HTMLCanvasElement || hit?.classList.contains("sigma-mouse");
        if (hit && drawn && holder.contains(hit)) {
          return { x, y, dx: sx * b.width * 0.3, dy: sy * b.height * 0.3 };
        }
      }
      return null;
    },
    [container, keep] as const,
  );
}

/** Drag the background across 30 % of the canvas in small steps; returns the rAF deltas (ms). */
async function panFrames(page: Page, variant: Variant, refNode: string): Promise<number[]> {
  const before = await probePoint(page, variant, refNode);
  const start = await startPoint(page, variant.container, before);
  if (!start) throw new Error(`${variant.url}: no bare canvas corner to start a pan from`);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__benchFrames = [];
    window.__benchStop = false;
    const tick = (t) => {
      if (window.__benchStop) return;
      window.__benchFrames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  for (let i = 1; i <= PAN_STEPS; i++) {
    const f = i / PAN_STEPS;
    await page.mouse.move(start.x + start.dx * f, start.y + start.dy * f);
  }
  // One more frame so the last move is drawn and counted.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  const stamps = await page.evaluate(() => {
    const w = window as unknown as { __benchFrames: number[]; __benchStop: boolean };
    w.__benchStop = true;
    return w.__benchFrames;
  });
  await page.mouse.up();
  const after = await probePoint(page, variant, refNode);
  const moved = before && after ? Math.hypot(after.x - before.x, after.y - before.y) : 0;
  if (moved < 0.5 * Math.hypot(start.dx, start.dy)) {
    throw new Error(
      `${variant.url}: the drag did not pan the graph (moved ${moved.toFixed(0)} px)`,
    );
  }
  return stamps.slice(1).map((t, i) => t - (stamps[i] ?? t));
}
