import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Page } from "playwright-core";
import type { Dataset } from "../../src/model/types.ts";
import type { Picture } from "../../src/model/picture/metrics.ts";
import { TYPE_STYLE } from "../../src/graph/typeStyle.ts";
import { EXPORT_MARGIN, LABEL_ZOOM_STEPS } from "../../src/graph/imageExport.ts";
import { setupApp } from "./app.ts";
import { CHINESE_NETWORK, openJsonNetwork } from "./browser.ts";

const app = setupApp();
const dataset = JSON.parse(readFileSync("dist/graph.json", "utf8")) as Dataset;

async function exportFile(
  page: Page,
  label: string,
  options: { scope?: "The whole graph" | "The current view"; transparent?: boolean } = {},
): Promise<Buffer> {
  const dialog = page.getByRole("dialog", { name: "Export this view" });
  if (!(await dialog.isVisible())) await page.getByRole("button", { name: "Export" }).click();
  if (options.scope) await dialog.getByRole("radio", { name: options.scope }).check();
  const transparent = dialog.getByRole("checkbox", { name: "Transparent background (PNG)" });
  await transparent.setChecked(options.transparent ?? false);
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: label, exact: true }).click(),
  ]);
  const path = await file.path();
  return readFileSync(path);
}

describe("export the current view", () => {
  test("an image's footer speaks the reader's language", async () => {
    const { page } = await app.open("", { width: 1000, height: 700, locale: "zh-CN" });
    await page.getByRole("button", { name: "导出", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "导出此视图" });
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: "SVG", exact: true }).click(),
    ]);
    const svg = readFileSync(await file.path()).toString("utf8");
    expect(svg).toContain(`${dataset.nodes.length} 个实体，${dataset.edges.length} 条关系`);
    expect(svg).toContain(`来源: ${dataset.sources[0]?.title ?? ""}`);
    expect(svg).not.toContain("entities,");
    expect(svg).not.toContain("Source:");
  });

  test("images at 2× and 4× and SVG, each naming the sources shown; data of the filtered view", async () => {
    // Only what Tian Yuandong's interview supports.
    const others = dataset.sources.filter((s) => s.id !== "tian-interview").map((s) => s.id);
    const { page } = await app.open(`?hideSrc=${others.join(",")}`, {
      width: 1000,
      height: 700,
    });
    const cited = dataset.edges.filter((e) =>
      e.evidence.some((x) => x.sourceId === "tian-interview"),
    );

    const png2 = await exportFile(page, "PNG 2×");
    expect(png2.subarray(1, 4).toString()).toBe("PNG");
    const width2 = png2.readUInt32BE(16);
    writeFileSync("test-results/export@2x.png", png2);
    const png4 = await exportFile(page, "PNG 4×");
    expect(png4.readUInt32BE(16)).toBe(width2 * 2);
    expect(png4.readUInt32BE(20)).toBeGreaterThan(png2.readUInt32BE(20));

    const svg = (await exportFile(page, "SVG")).toString("utf8");
    expect(XMLValidator.validate(svg)).toBe(true);
    const tian = dataset.sources.find((s) => s.id === "tian-interview");
    expect(svg).toContain(`Source: ${tian?.title}`);
    expect(svg).not.toContain("揭秘Sora");

    const json = JSON.parse((await exportFile(page, "graph.json")).toString("utf8")) as Dataset;
    expect(json.edges.map((e) => e.id).sort()).toEqual(cited.map((e) => e.id).sort());
    // Sources of the kept relations and of the kept entities' facts, whole, so offsets hold.
    expect(json.sources.map((s) => s.id)).toContain("tian-interview");
    const texts = new Map(json.sources.map((s) => [s.id, s.text]));
    for (const e of json.edges.flatMap((x) => x.evidence)) {
      expect(texts.get(e.sourceId)?.slice(e.start, e.end)).toBe(e.quote);
    }

    const csv = (await exportFile(page, "Relations CSV")).toString("utf8");
    expect(csv.startsWith("\uFEFFedge_id,")).toBe(true);
    expect(csv).toContain(cited[0]?.evidence.find((x) => x.sourceId === "tian-interview")?.quote);

    const parser = new XMLParser({ ignoreAttributes: false });
    const graphml = (await exportFile(page, "GraphML")).toString("utf8");
    expect(XMLValidator.validate(graphml)).toBe(true);
    const g = parser.parse(graphml) as { graphml: { graph: { node: unknown[]; edge: unknown[] } } };
    expect(g.graphml.graph.edge).toHaveLength(cited.length);
    const gexf = (await exportFile(page, "GEXF")).toString("utf8");
    expect(XMLValidator.validate(gexf)).toBe(true);
    expect(gexf).toContain('xmlns="http://gexf.net/1.3"');
    await page.close();
  });
});

/** Room around the drawing and the gap above the footer's first glyphs (CSS pixels). */
const MARGIN = EXPORT_MARGIN;
const FOOTER_GAP = 8;

interface Scan {
  width: number;
  height: number;
  /** The drawing's non-background box (the footer's rows left out), image pixels. */
  content: { x1: number; y1: number; x2: number; y2: number };
  /**
   * Runs of rows of background colour only: above the drawing, between it and the footer, below
   * the footer, and the tallest inside the drawing.
   */
  bands: { top: number; aboveFooter: number; bottom: number; inner: number };
  cornerAlpha: number;
  /** Each node's centre in the image, found where every node's fill colour lies (null if not). */
  centres: Record<string, { x: number; y: number }> | null;
  /** The image's zoom over the canvas's, as found. */
  zoom: number;
}

/**
 * Decode an image in the page and measure it: where the drawing is, the tallest blank band, and
 * where the nodes (drawn on screen at the same zoom) landed: the offset at which every node's
 * centre shows its type's colour.
 */
async function scanImage(
  page: Page,
  file: Buffer,
  type: string,
  scale: number,
  scope: "whole" | "view" = "whole",
): Promise<Scan> {
  const picture = await page.evaluate(() =>
    (window as unknown as { __quotegraph: { picture(): Picture } }).__quotegraph.picture(),
  );
  const byId = new Map(dataset.nodes.map((n) => [n.id, n.type]));
  // The current view's image holds the nodes the canvas shows, even in part.
  const seen = (n: Picture["nodes"][number]) =>
    n.x + n.r > 0 && n.y + n.r > 0 && n.x - n.r < picture.width && n.y - n.r < picture.height;
  const nodes = picture.nodes
    .filter((n) => scope === "whole" || seen(n))
    .map((n) => ({
      id: n.id,
      x: n.x,
      y: n.y,
      rgb: TYPE_STYLE[byId.get(n.id) ?? "entity"].color,
    }));
  const url = `data:${type};base64,${file.toString("base64")}`;
  return page.evaluate(
    async ({ url, nodes, scale, zooms }) => {
      const img = new Image();
      img.src = url;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext("2d", { willReadFrequently: true });
      if (!ctx) throw new Error("no canvas");
      ctx.drawImage(img, 0, 0);
      const { width, height } = canvas;
      const px = ctx.getImageData(0, 0, width, height).data;
      const at = (x: number, y: number) => (y * width + x) * 4;
      const bg = [0, 1, 2, 3].map((k) => px[k] ?? 0);
      const blank = (i: number) =>
        bg[3] === 0
          ? px[i + 3] === 0
          : [0, 1, 2].every((k) => Math.abs((px[i + k] ?? 0) - (bg[k] ?? 0)) < 3);
      const rowBlank = (y: number) => {
        for (let x = 0; x < width; x++) if (!blank(at(x, y))) return false;
        return true;
      };
      const rows = Array.from({ length: height }, (_, y) => rowBlank(y));
      // From the bottom: the bottom margin, the footer's lines (a few blank rows apart), then
      // the band between the drawing and the footer.
      let y = height - 1;
      while (y >= 0 && rows[y]) y--;
      const bottom = height - 1 - y;
      for (let run = 0; y >= 0 && run <= 12 * scale; y--) run = rows[y] ? run + 1 : 0;
      const footerTop = y + 12 * scale + 2;
      let drawingEnd = footerTop;
      while (drawingEnd > 0 && rows[drawingEnd - 1]) drawingEnd--;
      const first = rows.indexOf(false);
      let inner = 0;
      for (let y = first, run = 0; y < drawingEnd; y++) {
        run = rows[y] ? run + 1 : 0;
        inner = Math.max(inner, run);
      }
      const bands = { top: first, aboveFooter: footerTop - drawingEnd, bottom, inner };
      const content = { x1: width, y1: height, x2: 0, y2: 0 };
      for (let y = 0; y < drawingEnd; y++)
        for (let x = 0; x < width; x++)
          if (!blank(at(x, y))) {
            content.x1 = Math.min(content.x1, x);
            content.x2 = Math.max(content.x2, x + 1);
            content.y1 = Math.min(content.y1, y);
            content.y2 = Math.max(content.y2, y + 1);
          }
      const rgb = nodes.map((n) => [1, 3, 5].map((k) => parseInt(n.rgb.slice(k, k + 2), 16)));
      const fits = (f: number, dx: number, dy: number) =>
        nodes.every((n, j) => {
          const x = Math.round((n.x * f + dx) * scale);
          const y = Math.round((n.y * f + dy) * scale);
          if (x < 0 || y < 0 || x >= width || y >= height) return false;
          const i = at(x, y);
          return (
            (px[i + 3] ?? 0) > 200 &&
            [0, 1, 2].every((k) => Math.abs((px[i + k] ?? 0) - (rgb[j]?.[k] ?? 0)) < 40)
          );
        });
      // The image's zoom is the canvas's, or one of the steps up a whole graph may take; its
      // top left corner is at most a label's room past the nodes' own.
      let centres: Record<string, { x: number; y: number }> | null = null;
      let zoom = 0;
      for (const f of zooms) {
        const left = Math.min(...nodes.map((n) => n.x * f));
        const top = Math.min(...nodes.map((n) => n.y * f));
        for (let dy = -top; dy < -top + 200 && !centres; dy += 0.5)
          for (let dx = -left; dx < -left + 400 && !centres; dx += 0.5)
            if (fits(f, dx, dy)) {
              zoom = f;
              centres = Object.fromEntries(
                nodes.map((n) => [n.id, { x: (n.x * f + dx) * scale, y: (n.y * f + dy) * scale }]),
              );
            }
      }
      return { width, height, content, bands, cornerAlpha: bg[3] ?? 0, centres, zoom };
    },
    { url, nodes, scale, zooms: scope === "whole" ? [1, ...LABEL_ZOOM_STEPS] : [1] },
  );
}

/**
 * Cropped to the drawing with the margin on every side (left and right: at least, as a footer
 * wider than the drawing centres it), every node whole inside the margin, and no band of
 * background above or below the drawing taller than the margin and the footer's gap. Cytoscape
 * pads an element's bounds by a unit or two, hence the slack.
 */
function expectCropped(scan: Scan, scale: number) {
  const m = MARGIN * scale;
  expect(scan.content.y1).toBeGreaterThanOrEqual(m - 2);
  expect(scan.content.y1).toBeLessThanOrEqual(m + 4 * scale);
  expect(scan.content.x1).toBeGreaterThanOrEqual(m - 2);
  expect(scan.width - scan.content.x2).toBeGreaterThanOrEqual(m - 2);
  expect(Math.min(scan.content.x1, scan.width - scan.content.x2)).toBeLessThanOrEqual(
    m + 4 * scale,
  );
  const band = (MARGIN + FOOTER_GAP) * scale;
  expect(scan.bands.aboveFooter).toBeLessThanOrEqual(band);
  expect(scan.bands.bottom).toBeLessThanOrEqual(band);
  expect(scan.centres).not.toBeNull();
  const outside = Object.entries(scan.centres ?? {}).filter(
    ([, c]) => c.x < m || c.y < m || c.x > scan.width - m || c.y > scan.content.y2,
  );
  expect(outside).toEqual([]);
}

describe("export an image of the whole graph", () => {
  test("every node inside the image with its margin, no blank band, a transparent ground on request", async () => {
    const { page } = await app.open("", { width: 1000, height: 700 });
    // The first view as it is on screen: once a quarter of it was blank above the footer.
    const first = await scanImage(
      page,
      await exportFile(page, "PNG 2×", { scope: "The current view" }),
      "image/png",
      2,
      "view",
    );
    expectCropped(first, 2);
    expect(first.bands.inner).toBeLessThanOrEqual((MARGIN + FOOTER_GAP) * 2);

    // The whole graph, zoomed in until nearly every label is drawn.
    const png = await exportFile(page, "PNG 2×", { scope: "The whole graph" });
    writeFileSync("test-results/export-whole@2x.png", png);
    const scan = await scanImage(page, png, "image/png", 2);
    writeFileSync("test-results/export-whole.json", JSON.stringify({ ...scan, centres: 0 }));
    expectCropped(scan, 2);
    expect(scan.cornerAlpha).toBe(255);
    await page.keyboard.press("Escape");

    // Zoomed in, the canvas cuts nodes off at its edges; the whole graph's image does not.
    // (Gaps inside the layout grow with the zoom: only the bands around the drawing count.)
    await page.getByTestId("graph-canvas").focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("+");
    await page.waitForTimeout(300);
    const zoomed = await scanImage(page, await exportFile(page, "PNG 2×"), "image/png", 2);
    expectCropped(zoomed, 2);
    expect(zoomed.zoom).toBeGreaterThan(0);

    const clear = await exportFile(page, "PNG 2×", { transparent: true });
    const glass = await scanImage(page, clear, "image/png", 2);
    expect(glass.cornerAlpha).toBe(0);
    expectCropped(glass, 2);
    expect([glass.width, glass.height]).toEqual([zoomed.width, zoomed.height]);

    const svg = await exportFile(page, "SVG");
    expect(XMLValidator.validate(svg.toString("utf8"))).toBe(true);
    expectCropped(await scanImage(page, svg, "image/svg+xml", 1), 1);

    // The current view: only what the canvas shows, each node whole, inside the margin.
    const view = await scanImage(
      page,
      await exportFile(page, "PNG 2×", { scope: "The current view" }),
      "image/png",
      2,
      "view",
    );
    expectCropped(view, 2);
    expect(view.width * view.height).toBeLessThan(zoomed.width * zoomed.height);
    await page.close();
  });
});

describe("export what the focus shows", () => {
  test("faded context is left out of the image, and out of its footer's counts", async () => {
    const { page } = await app.open("?node=yuandong-tian", { width: 1000, height: 700 });
    const states = await page.evaluate(
      (ids) => {
        const h = (window as unknown as { __quotegraph: { stateOf(id: string): string | null } })
          .__quotegraph;
        return ids.map((id) => h.stateOf(id));
      },
      dataset.nodes.map((n) => n.id),
    );
    const inFocus = states.filter((s) => s === "emphasised" || s === "normal").length;
    expect(states).toContain("faded");
    expect(inFocus).toBeGreaterThan(1);
    const svg = (await exportFile(page, "SVG", { scope: "The whole graph" })).toString("utf8");
    // The footer's lines wrap at the drawing's width: read its text as one.
    const footer = svg.replace(/<\/text><text[^>]*>/g, " ");
    expect(footer).toContain(`— ${inFocus} entities,`);
    expect(svg).toContain("Tian Yuandong");
    expect(svg).not.toContain(">Rich Sutton<");
    await page.close();
  });
});

describe("an image of nothing", () => {
  test("says there is nothing to draw when the filters hide every entity", async () => {
    const { NODE_TYPES } = await import("../../src/model/vocabulary.ts");
    const { page } = await app.open(`?hide=${NODE_TYPES.join(",")}`);
    await page.getByRole("button", { name: "Export" }).click();
    const dialog = page.getByRole("dialog", { name: "Export this view" });
    await dialog.getByRole("button", { name: "PNG 2×", exact: true }).click();
    await expect
      .poll(() => dialog.getByRole("status").textContent())
      .toBe("Nothing to draw: no entity is shown.");
    await page.close();
  });
});

describe("an image of an opened network", () => {
  test("its footer names that network, not the built-in one", async () => {
    const { page } = await app.open("");
    await openJsonNetwork(page, "lab-network", CHINESE_NETWORK);
    const svg = (await exportFile(page, "SVG")).toString("utf8");
    expect(svg).toContain("Quotegraph — lab-network — 3 entities, 2 relations");
    expect(svg).toContain("谢赛宁");
    await page.close();
  });
});
