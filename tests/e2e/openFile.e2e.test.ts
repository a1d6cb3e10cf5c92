import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { setupApp } from "./app.ts";
import { CHINESE_NETWORK, firstHit, openJsonNetwork, stateOf } from "./browser.ts";
import type { Page } from "playwright-core";

const app = setupApp();
const DATASETS = process.env.QUOTEGRAPH_DATASETS ?? "../shared/datasets";

describe("bring your own network", () => {
  test("a GEXF file opens in the browser, with no server involved", async () => {
    const { page } = await app.open();
    // Record what the "Opening…" status says while the file is read and laid out.
    await page.evaluate(() => {
      const w = window as unknown as { __said: string[] };
      w.__said = [];
      const region = document.querySelector('[data-testid="opening"]');
      if (!region) throw new Error("no opening status region");
      new MutationObserver(() => w.__said.push(region.textContent ?? "")).observe(region, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    });
    // The file is parsed and laid out in a worker, off the page's thread.
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await page
      .getByTestId("open-file")
      .setInputFiles(`${DATASETS}/gephi-samples/Les Miserables.gexf`);
    await expect.poll(() => page.locator(".subtitle").textContent()).toBe("Les Miserables");
    const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
    expect(said[0]).toMatch(/^Opening Les Miserables\.gexf…/);
    expect(await page.getByTestId("opening").textContent()).toBe("");
    // The file's own colours, named by the partition Gephi made them from.
    await expect
      .poll(() => page.getByRole("region", { name: "Legend" }).textContent())
      .toContain("Modularity Class");
    const notices = page.getByTestId("notices");
    expect(await notices.textContent()).toContain("77 nodes, 254 edges");
    // One notice; what the import noticed sits behind a disclosure, not over the graph.
    expect(await notices.locator(":scope > li").count()).toBe(1);
    expect(await notices.locator("summary").textContent()).toMatch(/^\d+ notes? on what was read$/);
    expect(await notices.locator("details").getAttribute("open")).toBeNull();
    expect(workers).toEqual([expect.stringMatching(/\/assets\/importWorker-[\w-]+\.js$/)]);
    await expect.poll(() => stateOf(page, "sora")).toBeNull(); // the Sora graph is gone
    await page.close();
  });

  test("a large graph gives labels only to what is seen up close", async () => {
    const { page } = await app.open();
    // 900 nodes and 1,800 edges: over the 2,000 elements from which the canvas draws for speed.
    const lines = [];
    for (let i = 0; i < 900; i++)
      lines.push(`${i}\t${(i + 1) % 900}`, `${i}\t${(i * 37 + 11) % 900}`);
    await page.getByTestId("open-file").setInputFiles({
      name: "ring.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(lines.join("\n")),
    });
    // Laid out in a worker: the page answers meanwhile, so wait for the layout itself.
    await expect
      .poll(() => page.locator(".subtitle").textContent(), { timeout: 30_000 })
      .toBe("ring");
    await expect.poll(() => handle(page, "positionOf", "0")).not.toBeNull();
    const ids = Array.from({ length: 900 }, (_, i) => String(i));

    // Fitted to the screen: no node carries a label, so none is measured or drawn.
    expect(await labelled(page, ids)).toEqual([]);
    expect(await handle(page, "labelDrawn", "0")).toBe(false);

    // Zoomed in on the middle of the canvas: the nodes around the view get their labels and
    // those on screen are drawn; the rest of the graph stays unlabelled.
    const canvas = page.getByTestId("graph-canvas");
    await canvas.focus();
    while (((await handle(page, "zoom")) as number) < 2) await page.keyboard.press("+");
    await expect.poll(async () => (await labelled(page, ids)).length).toBeGreaterThan(0);
    const now = await labelled(page, ids);
    expect(now.length).toBeLessThan(ids.length / 2);
    const box = await canvas.boundingBox();
    const onScreen = [];
    for (const id of now) {
      const p = (await handle(page, "pointOf", id)) as { x: number; y: number } | null;
      if (
        p &&
        box &&
        p.x > box.x &&
        p.x < box.x + box.width &&
        p.y > box.y &&
        p.y < box.y + box.height
      )
        onScreen.push(id);
    }
    expect(onScreen.length).toBeGreaterThan(0);
    for (const id of onScreen.slice(0, 5)) expect(await handle(page, "labelDrawn", id)).toBe(true);
    // No label covers another (not even Cytoscape's label bounds, which add a margin of error):
    // where two would, only the node with more links keeps its label.
    type Box = { x1: number; y1: number; x2: number; y2: number };
    const labels: { id: string; box: Box }[] = [];
    for (const id of onScreen)
      labels.push({ id, box: (await handle(page, "labelBox", id)) as Box });
    const cover = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const covering = labels.flatMap((a, i) =>
      labels.slice(i + 1).flatMap((b) => (cover(a.box, b.box) ? [[a.id, b.id]] : [])),
    );
    expect(covering).toEqual([]);
    await page.close();
  }, 60_000);

  test("search finds an opened network's Chinese names by pinyin and in the other script", async () => {
    const { page } = await app.open();
    // Search the Sora graph first, so its matcher is loaded before the file replaces the graph.
    await page.keyboard.press("/");
    await page.keyboard.type("xie saining");
    await expect.poll(() => page.getByRole("option").first().textContent()).toContain("Saining");
    await page.keyboard.press("Escape");
    await openJsonNetwork(page, "zh", CHINESE_NETWORK);
    for (const [query, found] of [
      ["xiesaining", "谢赛宁"],
      ["tian yuandong", "田渊栋"],
      ["謝賽寧", "谢赛宁"],
      ["lecun", "Yann LeCun"],
    ] as const) {
      await expect.poll(() => firstHit(page, query)).toContain(found);
    }
    const search = page.getByRole("combobox");
    // Nothing of the Sora graph is found any more.
    await search.fill("Bill Peebles");
    await expect.poll(() => page.getByRole("option").count()).toBe(0);
    await page.close();
  });

  test("a malformed file shows a located message and the graph on screen stays", async () => {
    const { page } = await app.open("?node=saining-xie");
    const bad = "src/model/import/fixtures/billion-laughs.invalid.gexf";
    await page.getByTestId("open-file").setInputFiles({
      name: "laughs.gexf",
      mimeType: "application/xml",
      buffer: readFileSync(bad),
    });
    const alert = page.getByTestId("import-problems");
    await expect
      .poll(() => alert.textContent())
      .toContain("XML entity declarations are not allowed");
    expect(await alert.textContent()).toMatch(/laughs\.gexf:\d+/);
    expect(await stateOf(page, "saining-xie")).not.toBeNull();
    expect(await page.locator("#node-title").textContent()).toContain("Saining Xie");
    await page.close();
  });
});

type Call = "positionOf" | "pointOf" | "labelDrawn" | "labelText" | "labelBox" | "zoom";

/** One call on the read-only test handle. */
function handle(page: Page, name: Call, id?: string) {
  return page.evaluate(
    ([n, x]) => {
      const h = (window as unknown as { __quotegraph?: Record<string, (id?: string) => unknown> })
        .__quotegraph;
      return h ? (h[n]?.(x) ?? null) : null;
    },
    [name, id] as const,
  );
}

/** The ids among `ids` whose node carries a label now. */
function labelled(page: Page, ids: string[]) {
  return page.evaluate((all) => {
    const h = (window as unknown as { __quotegraph: { labelText(id: string): string | null } })
      .__quotegraph;
    return all.filter((id) => (h.labelText(id) ?? "") !== "");
  }, ids);
}
