import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { setupApp } from "./app.ts";
import { stateOf } from "./browser.ts";

const app = setupApp();
const DATASETS = process.env.QUOTEGRAPH_DATASETS ?? "../shared/datasets";

describe("bring your own network", () => {
  test("a GEXF file opens in the browser, with no server involved", async () => {
    const { page, problems } = await app.open();
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
    await page
      .getByTestId("open-file")
      .setInputFiles(`${DATASETS}/gephi-samples/Les Miserables.gexf`);
    await expect.poll(() => page.locator(".subtitle").textContent()).toBe("Les Miserables");
    const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
    expect(said[0]).toMatch(/^Opening Les Miserables\.gexf…/);
    expect(await page.getByTestId("opening").textContent()).toBe("");
    await expect
      .poll(() => page.getByRole("region", { name: "Legend" }).textContent())
      .toContain("77");
    expect(await page.getByTestId("notices").textContent()).toContain("77 nodes, 254 edges");
    await expect.poll(() => stateOf(page, "sora")).toBeNull(); // the Sora graph is gone
    expect(problems).toEqual([]);
    await page.close();
  });

  test("a malformed file shows a located message and the graph on screen stays", async () => {
    const { page, problems } = await app.open("?node=saining-xie");
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
    expect(problems).toEqual([]);
    await page.close();
  });
});
