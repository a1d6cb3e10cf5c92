// Style by data: colour by community or by an attribute, size by a number; kept in the address,
// with a legend built from the data.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { settle } from "./browser.ts";
import { setupApp } from "./app.ts";

const app = setupApp();
const DATASETS = process.env.QUOTEGRAPH_DATASETS ?? "../shared/datasets";

const fills = (page: Page, ids: string[]) =>
  page.evaluate(
    (xs) =>
      xs.map((id) =>
        (
          window as unknown as { __quotegraph: { fillOf(id: string): string | null } }
        ).__quotegraph.fillOf(id),
      ),
    ids,
  );

async function open(page: Page, file: string, title: string) {
  await page.getByTestId("open-file").setInputFiles(`${DATASETS}/${file}`);
  await expect.poll(() => page.locator(".subtitle").textContent(), { timeout: 30_000 }).toBe(title);
  await settle(page);
}

test("Les Misérables coloured by community: the legend lists the communities, the address keeps it", async () => {
  const { page } = await app.open("", { width: 1366, height: 768 });
  await open(page, "gephi-samples/Les Miserables.gexf", "Les Miserables");
  const ids = Array.from({ length: 77 }, (_, i) => String(i));
  const before = new Set(await fills(page, ids));
  expect(before.size).toBe(1); // one type: every node the same grey
  await page.getByRole("button", { name: "Filters" }).click();
  await page.getByRole("combobox", { name: "Colour by" }).selectOption("community");
  expect(new URL(page.url()).searchParams.get("color")).toBe("community");
  await expect.poll(async () => new Set(await fills(page, ids)).size).toBeGreaterThan(3);
  const legend = page.locator(".legend .style-key li");
  expect(await legend.first().textContent()).toMatch(/^ ?community 1 \d+$/);
  await page.screenshot({ path: "test-results/style-lesmis-community.png" });
  await page.close();
});

test("US Airports coloured by city and sized by latitude", async () => {
  const { page } = await app.open("", { width: 1366, height: 768 });
  await open(page, "gephi-samples/US Airports.gexf", "US Airports");
  await page.getByRole("button", { name: "Filters" }).click();
  const colour = page.getByRole("combobox", { name: "Colour by" });
  await colour.waitFor();
  const options = await colour.locator("option").allTextContents();
  expect(options).toContain("City");
  await colour.selectOption("attr:City");
  await page.getByRole("combobox", { name: "Size by" }).selectOption("attr:latitude");
  const url = new URL(page.url());
  expect(url.searchParams.get("color")).toBe("attr:City");
  expect(url.searchParams.get("size")).toBe("attr:latitude");
  expect(await page.locator(".legend .size-key").textContent()).toContain("Larger: more latitude");
  const legend = await page.locator(".legend .style-key li").allTextContents();
  expect(legend.length).toBe(11); // ten cities by number of airports, then "other"
  expect(legend.at(-1)).toMatch(/^ ?other \d+$/);
  await page.screenshot({ path: "test-results/style-airports-city.png" });
  await page.close();
});
