import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import type { Dataset } from "../../src/model/types.ts";
import { pointOf, settle } from "./browser.ts";
import { setupApp } from "./app.ts";

const app = setupApp();
const dataset = JSON.parse(readFileSync("dist/graph.json", "utf8")) as Dataset;

describe("first screen", () => {
  test("clicking an edge on the canvas opens its quotes with their sources", async () => {
    const { page } = await app.open();
    const edge = dataset.edges.find((e) => e.id === "will-depue--studied_at--umich");
    expect(edge?.certainty).toBe("disputed");
    await settle(page);
    const p = await pointOf(page, "will-depue--studied_at--umich");
    await page.mouse.click(p.x, p.y);

    const panel = page.getByTestId("side-panel");
    await expect.poll(() => panel.isVisible()).toBe(true);
    await expect
      .poll(() => panel.getByRole("heading", { level: 2 }).first().textContent())
      .toContain("studied at");
    const quotes = await panel.getByTestId("quote").allTextContents();
    expect(quotes.sort()).toEqual(edge?.evidence.map((e) => e.quote).sort());
    const text = (await panel.textContent()) ?? "";
    expect(text).toContain("Disputed");
    for (const e of edge?.evidence ?? []) {
      expect(text).toContain(e.translation);
      const source = dataset.sources.find((s) => s.id === e.sourceId);
      expect(text).toContain(source?.title);
      expect(text).toContain(source?.publisher);
    }
    expect(page.url()).toContain("edge=will-depue--studied_at--umich");
    await page.screenshot({ path: "test-results/edge-panel.png" });
    await page.close();
  });
});
