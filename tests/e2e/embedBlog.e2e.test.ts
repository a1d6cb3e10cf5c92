// The embed as a reader of a blog post meets it: a real page on another origin, a 600 px column,
// the snippet the Embed dialog writes, and paragraphs after it. Whatever the reader opens or
// closes inside the frame, the post's text stays where it is.
import { mkdirSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Frame, Page } from "playwright-core";
import { setupApp } from "./app.ts";
import { serveStatic, type StaticServer } from "./staticServer.ts";
import {
  cutLabels,
  medianLabelPx,
  overlappingLabels,
  type Picture,
} from "../../src/model/picture/metrics.ts";
import {
  EMBED_ASPECT,
  EMBED_SCRIPT,
  embedSnippet,
  type EmbedSize,
} from "../../src/model/embedCode.ts";

const app = setupApp();
let host: StaticServer;

const EDGE = "openai--developed--sora"; // the relation with the most quotes
const NODE = "sora"; // the hub: its drawer lists 22 relations

/** A post in a 600 px column: text, the pasted snippet, and the paragraph whose place we watch. */
function post(snippet: string) {
  const para = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.</p>";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A post</title></head>
<body style="margin:0;font:18px/1.6 Georgia,serif">
<main style="width:600px;margin:0 auto">
<h1>A post</h1>${para.repeat(3)}
${snippet}
<p id="after">The paragraph after the graph.</p>${para.repeat(30)}
</main></body></html>`;
}

/** The code the Embed dialog writes, as a writer pastes it. */
const snippet = (appUrl: string, query: string, size: EmbedSize) =>
  embedSnippet(`${appUrl}${query}`, "Quotegraph", `${appUrl}${EMBED_SCRIPT}`, size).replace(
    "<iframe ",
    '<iframe id="qg" ',
  );

beforeAll(async () => {
  const dir = "test-results/blog-host";
  for (const sub of ["aspect", "wide-zh"]) mkdirSync(`${dir}/${sub}`, { recursive: true });
  writeFileSync(`${dir}/index.html`, post(snippet(app.url(), "?embed=1", { height: 560 })));
  writeFileSync(
    `${dir}/aspect/index.html`,
    post(snippet(app.url(), `?node=${NODE}&embed=1`, { aspect: EMBED_ASPECT })),
  );
  writeFileSync(
    `${dir}/wide-zh/index.html`,
    post(snippet(app.url(), "?lang=zh&embed=1", { aspect: EMBED_ASPECT })),
  );
  host = await serveStatic(dir, "/post/");
});
afterAll(async () => {
  await host.close();
});

type Handle = { picture(): Picture; pointOf(id: string): { x: number; y: number } | null };
const handle = (frame: Frame) => ({
  picture: () =>
    frame.evaluate(() => (window as unknown as { __quotegraph: Handle }).__quotegraph.picture()),
  pointOf: (id: string) =>
    frame.evaluate(
      (x) => (window as unknown as { __quotegraph: Handle }).__quotegraph.pointOf(x),
      id,
    ),
  zoom: () =>
    frame.evaluate(() =>
      (window as unknown as { __quotegraph: { zoom(): number } }).__quotegraph.zoom(),
    ),
});

/** Opens the post; resolves once the embed's graph is drawn and its camera has stopped. */
async function openPost(path: string, width = 1000) {
  // The harness allows the post's origin and the app's, and checks the console after the test.
  const { page } = await app.visit(`${host.url}${path}`, { width, height: 900 });
  const iframe = await page.locator("#qg").elementHandle();
  await iframe?.scrollIntoViewIfNeeded();
  const f = await iframe?.contentFrame();
  if (!f) throw new Error("no embed frame");
  await f.waitForFunction(
    () => (window as { __quotegraph?: { ready: boolean } }).__quotegraph?.ready === true,
  );
  await settle(f);
  return { page, frame: f };
}

async function settle(frame: Frame) {
  let last = "";
  for (let i = 0; i < 40; i++) {
    const now = JSON.stringify(
      await handle(frame)
        .picture()
        .then((p) => p.nodes[0]),
    );
    if (now === last) return;
    last = now;
    await frame.waitForTimeout(150);
  }
}

/** Where the iframe and the post's next paragraph are, in page pixels. */
const layout = (page: Page) =>
  page.evaluate(() => {
    const rect = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
    return {
      iframe: rect("#qg")?.height ?? NaN,
      after: (rect("#after")?.top ?? NaN) + window.scrollY,
      scrollY: window.scrollY,
    };
  });

/** Clicks an element of the embed's graph with the real mouse. */
async function clickInGraph(page: Page, frame: Frame, id: string) {
  const box = await page.locator("#qg").boundingBox();
  const p = await handle(frame).pointOf(id);
  if (!box || !p) throw new Error(`${id} is not on screen`);
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

describe("an embed in a blog post", () => {
  test("opening and closing an edge, a node and the drawer moves the post's text by 0 px", async () => {
    const { page, frame } = await openPost("");
    const start = await layout(page);
    await page.screenshot({ path: "test-results/embed-blog-before.png" });
    // Every size the frame takes from here on, even for a moment between two steps.
    await page.evaluate(() => {
      const sizes: number[] = [];
      (window as unknown as { frameSizes: number[] }).frameSizes = sizes;
      const frame = document.querySelector("#qg");
      if (frame) new ResizeObserver(() => sizes.push(frame.clientHeight)).observe(frame);
    });
    const drawer = frame.getByTestId("side-panel");
    const steps: Record<string, Awaited<ReturnType<typeof layout>>> = { start };

    await clickInGraph(page, frame, EDGE);
    await drawer.waitFor();
    await expect.poll(() => drawer.getByTestId("quote").count()).toBe(8);
    await settle(frame);
    steps.edge = await layout(page);
    await page.screenshot({ path: "test-results/embed-blog-edge.png" });
    await frame.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => drawer.count()).toBe(0);
    steps.edgeClosed = await layout(page);

    await settle(frame);
    await clickInGraph(page, frame, NODE);
    await drawer.waitFor();
    // The pointer is still on the node: its tooltip gives way to the drawer.
    expect(await frame.getByRole("tooltip").count()).toBe(0);
    await settle(frame);
    steps.node = await layout(page);
    await page.screenshot({ path: "test-results/embed-blog-node.png" });
    // From the node's drawer to one of its relations, then scroll the drawer to its end.
    await drawer.getByRole("button", { name: /leads/ }).first().click();
    await expect.poll(() => drawer.getByTestId("quote").count()).toBeGreaterThan(0);
    steps.relation = await layout(page);
    const scroller = await drawer.boundingBox();
    const box = await page.locator("#qg").boundingBox();
    await page.mouse.move(
      (box?.x ?? 0) + (scroller?.x ?? 0) + 20,
      (box?.y ?? 0) + (scroller?.y ?? 0) + 60,
    );
    await page.mouse.wheel(0, 2000);
    await expect
      .poll(() => drawer.evaluate((el) => el.scrollTop), { message: "the drawer scrolls" })
      .toBeGreaterThan(0);
    await page.waitForTimeout(300);
    steps.scrolled = await layout(page);
    await page.screenshot({ path: "test-results/embed-blog-drawer-scrolled.png" });
    await frame.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => drawer.count()).toBe(0);
    steps.closed = await layout(page);

    console.log("embed in a 600 px column:", JSON.stringify(steps));
    for (const [name, s] of Object.entries(steps)) {
      expect(s.after - start.after, `the post's next paragraph after "${name}" (px)`).toBe(0);
      expect(s.iframe, `the iframe's height after "${name}" (px)`).toBe(start.iframe);
      expect(s.scrollY, `the page's scroll after "${name}" (px)`).toBe(start.scrollY);
    }
    expect(start.iframe).toBe(560);
    const sizes = await page.evaluate(
      () => (window as unknown as { frameSizes: number[] }).frameSizes,
    );
    expect(new Set(sizes), "every height the frame took").toEqual(new Set([560]));
    await page.close();
  });

  test.each([
    ["560 px, in English", ""],
    ["16:9, in Chinese", "wide-zh/"],
  ])("the first view's labels are readable and do not collide (%s)", async (name, path) => {
    const { page, frame } = await openPost(path);
    const p = await handle(frame).picture();
    await page.screenshot({
      path: `test-results/embed-blog-first-view-${path ? "wide-zh" : "560"}.png`,
    });
    const drawn = p.nodes.filter((n) => n.text !== "");
    const sizes = drawn.map((n) => n.px);
    console.log(
      `embed first view, ${name}:`,
      JSON.stringify({
        canvas: [p.width, p.height],
        nodes: p.nodes.length,
        labelled: drawn.length,
        minPx: Math.min(...sizes),
        medianPx: medianLabelPx(p),
        overlaps: overlappingLabels(p).length,
        cut: cutLabels(p).length,
      }),
    );
    expect(Math.min(...sizes), "smallest drawn label (px)").toBeGreaterThanOrEqual(12);
    expect(overlappingLabels(p), "labels covering each other").toEqual([]);
    expect(cutLabels(p), "labels cut short").toEqual([]);
    expect(drawn.length, "labels drawn").toBeGreaterThanOrEqual(10);
    await page.close();
  });

  test('data-aspect="16:9" sets the height from the width, on load and on the host\'s resizes only', async () => {
    const { page, frame } = await openPost("aspect/");
    const start = await layout(page);
    expect(start.iframe).toBe(Math.round((600 * 9) / 16));
    // The link names a node: its drawer is open and the camera shows the node beside it.
    const drawer = frame.getByTestId("side-panel");
    await drawer.waitFor();
    const p = await handle(frame).pointOf(NODE);
    const panel = await drawer.boundingBox();
    expect(p && panel && p.x < panel.x, "the node is left of the drawer").toBe(true);
    await page.screenshot({ path: "test-results/embed-blog-aspect.png" });
    await frame.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => drawer.count()).toBe(0);
    expect(await layout(page)).toEqual(start);
    // The host's column narrows: the script sets the height again.
    await page.evaluate(() => {
      const main = document.querySelector("main");
      if (main) main.style.width = "480px";
    });
    await expect.poll(async () => (await layout(page)).iframe).toBe(Math.round((480 * 9) / 16));
    await page.close();
  });
});
