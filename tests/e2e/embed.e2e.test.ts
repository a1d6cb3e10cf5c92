import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { setupApp } from "./app.ts";
import type { Frame } from "playwright-core";

const app = setupApp();
let parent: Server;
let parentUrl = "";

/** A blog post on another origin: text, the pasted iframe and the helper script, more text. */
function blogPost(appUrl: string) {
  const filler = "<p>Lorem ipsum dolor sit amet.</p>".repeat(40);
  return `<!doctype html><html><head><title>post</title></head><body style="margin:0">
${filler}
<iframe id="qg" src="${appUrl}?edge=saining-xie--authored--dit&embed=1" title="Quotegraph" loading="lazy"
  width="100%" height="560" style="border:0;width:100%" data-quotegraph></iframe>
<script src="${appUrl}quotegraph-embed.js"></script>
${filler}</body></html>`;
}

beforeAll(async () => {
  parent = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(blogPost(app.url()));
  });
  await new Promise<void>((ok) => parent.listen(0, "127.0.0.1", ok));
  const address = parent.address();
  parentUrl = `http://localhost:${typeof address === "object" && address ? address.port : 0}/post`;
});
afterAll(async () => {
  await new Promise((ok) => parent.close(ok));
});

const zoomIn = (frame: Frame) =>
  frame.evaluate(() =>
    (window as unknown as { __quotegraph: { zoom(): number } }).__quotegraph.zoom(),
  );

/** The camera: zoom and where a node is drawn (a framing animation may pan at a constant zoom). */
const cameraOf = (frame: Frame) =>
  frame.evaluate(() => {
    const h = (
      window as unknown as {
        __quotegraph: { zoom(): number; pointOf(id: string): { x: number; y: number } | null };
      }
    ).__quotegraph;
    return JSON.stringify([h.zoom(), h.pointOf("dit")]);
  });

describe("embed in a blog post", () => {
  test("keeps the height of its snippet, shows its quotes, and never hijacks the page's scrolling", async () => {
    const { page } = await app.visit(parentUrl, { width: 900, height: 700 });
    const iframe = page.locator("#qg");
    await iframe.scrollIntoViewIfNeeded();
    const frame = page.frame({ url: /embed=1/ });
    expect(frame).not.toBeNull();
    if (!frame) return;
    await frame.waitForFunction(
      () => (window as { __quotegraph?: { ready: boolean } }).__quotegraph?.ready === true,
    );
    // The frame keeps the snippet's height: the embed fills it and posts nothing to the page.
    expect(
      await iframe.evaluate((el: HTMLIFrameElement) => el.getBoundingClientRect().height),
    ).toBe(560);
    expect(
      await frame.evaluate(() => document.querySelector(".embed")?.getBoundingClientRect().height),
    ).toBe(560);
    expect(await frame.getByTestId("quote").first().textContent()).toBeTruthy();

    // Wheel over the graph before clicking: the page scrolls, the graph does not zoom.
    // (First let the camera finish framing the selected relation.)
    let settled = -1;
    await expect
      .poll(async () => settled === (settled = await zoomIn(frame)), { interval: 200 })
      .toBe(true);
    const box = await iframe.boundingBox();
    const zoomBefore = await zoomIn(frame);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.mouse.move((box?.x ?? 0) + 200, (box?.y ?? 0) + 150);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
    expect(await zoomIn(frame)).toBe(zoomBefore);

    // After a click into the graph, the wheel zooms it and the page stays put.
    const stage = frame.locator(".embed-stage");
    await stage.scrollIntoViewIfNeeded();
    const inside = await stage.boundingBox();
    await page.mouse.click((inside?.x ?? 0) + 6, (inside?.y ?? 0) + 6);
    expect(await frame.locator(".embed-hint").count()).toBe(0);
    // (The click may land near an edge and open it: let the camera finish framing that first.)
    let camera = "";
    await expect
      .poll(async () => camera === (camera = await cameraOf(frame)), { interval: 200 })
      .toBe(true);
    const zoomAfterClick = await zoomIn(frame);
    const scrollAfterClick = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, -300);
    await expect.poll(() => zoomIn(frame)).not.toBe(zoomAfterClick);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollAfterClick);
    await page.screenshot({ path: "test-results/embed.png" });
    await page.close();
  });

  test("works at 320 px without sideways overflow", async () => {
    const { page } = await app.open("?edge=eric-luhman--family_of--troy-luhman&embed=1", {
      width: 320,
      height: 600,
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    expect(
      await page.getByRole("link", { name: "Open full view ↗" }).getAttribute("href"),
    ).not.toContain("embed");
    await page.screenshot({ path: "test-results/embed-320.png" });
    await page.close();
  });

  test("the Embed dialog writes the iframe code for the current view", async () => {
    const { page } = await app.open("?node=li-jing&lang=zh");
    await page.getByRole("button", { name: "嵌入" }).click();
    const code = (await page.getByTestId("embed-code").inputValue()) ?? "";
    expect(code).toMatch(
      /<iframe src="http:\/\/127\.0\.0\.1:\d+\/blog\/post\/graph\/\?node=li-jing&amp;lang=zh&amp;embed=1"/,
    );
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('height="560"');
    expect(code).toContain('allow="fullscreen"');
    expect(code).toContain("title=");
    expect(code).not.toContain("<script");
    // The author may choose a height, or 16:9 of the column (which needs the host script).
    await page.getByRole("spinbutton", { name: "高度（像素）" }).fill("480");
    expect(await page.getByTestId("embed-code").inputValue()).toContain('height="480"');
    await page.getByRole("radio", { name: /16:9/ }).check();
    const aspect = await page.getByTestId("embed-code").inputValue();
    expect(aspect).toContain('data-aspect="16:9"');
    expect(aspect).toMatch(
      /<script src="http:\/\/127\.0\.0\.1:\d+\/blog\/post\/graph\/quotegraph-embed\.js" async><\/script>$/,
    );
    await page.close();
  });

  test("the built index.html advertises oEmbed", async () => {
    const { page } = await app.open();
    const href = await page.locator('link[type="application/json+oembed"]').getAttribute("href");
    const oembed = (await (
      await page.request.get(new URL(href ?? "", page.url()).href)
    ).json()) as { type: string; html: string };
    expect(oembed.type).toBe("rich");
    expect(oembed.html).toContain("embed=1");
    await page.close();
  });
});
