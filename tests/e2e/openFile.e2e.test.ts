import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { setupApp } from "./app.ts";
import { stateOf } from "./browser.ts";

const app = setupApp();
const DATASETS = process.env.QUOTEGRAPH_DATASETS ?? "../shared/datasets";

describe("bring your own network", () => {
  test("a GEXF file opens in the browser, with no server involved", async () => {
    const { page, problems } = await app.open();
    await page
      .getByTestId("open-file")
      .setInputFiles(`${DATASETS}/gephi-samples/Les Miserables.gexf`);
    await expect.poll(() => page.locator(".subtitle").textContent()).toBe("Les Miserables");
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
