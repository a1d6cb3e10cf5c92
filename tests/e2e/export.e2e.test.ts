import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Page } from "playwright-core";
import type { Dataset } from "../../src/model/types.ts";
import { setupApp } from "./app.ts";

const app = setupApp();
const dataset = JSON.parse(readFileSync("dist/graph.json", "utf8")) as Dataset;

async function exportFile(page: Page, label: string): Promise<Buffer> {
  const dialog = page.getByRole("dialog", { name: "Export this view" });
  if (!(await dialog.isVisible())) await page.getByRole("button", { name: "Export" }).click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: label, exact: true }).click(),
  ]);
  const path = await file.path();
  return readFileSync(path);
}

describe("export the current view", () => {
  test("images at 2× and 4× and SVG, each naming the sources shown; data of the filtered view", async () => {
    // Only what Tian Yuandong's interview supports.
    const others = dataset.sources.filter((s) => s.id !== "tian-interview").map((s) => s.id);
    const { page, problems } = await app.open(`?hideSrc=${others.join(",")}`, {
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
    expect(problems).toEqual([]);
    await page.close();
  });
});
