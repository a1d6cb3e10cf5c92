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
  // The file's own colours (Gephi's modularity classes), named in the legend.
  await expect.poll(async () => new Set(await fills(page, ids)).size).toBeGreaterThan(3);
  expect(await page.locator(".legend .style-key li").first().textContent()).toMatch(
    /^ ?Modularity Class \d+ \d+$/,
  );
  const before = await fills(page, ids);
  await page.getByRole("button", { name: "Filters" }).click();
  await page.getByRole("combobox", { name: "Colour by" }).selectOption("community");
  expect(new URL(page.url()).searchParams.get("color")).toBe("community");
  await expect.poll(async () => (await fills(page, ids)).join()).not.toBe(before.join());
  expect(new Set(await fills(page, ids)).size).toBeGreaterThan(3);
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

test("Java.gexf opens in its own colours and sizes, and says so", async () => {
  const { page } = await app.open("", { width: 1366, height: 768 });
  await open(page, "gephi-samples/Java.gexf", "Java");
  // java.applet.Applet: viz:color r=254 g=110 b=6 in the file.
  await expect.poll(async () => (await fills(page, ["2"]))[0]).toBe("rgb(254,110,6)");
  const ids = Array.from({ length: 200 }, (_, i) => String(i + 1));
  expect(new Set(await fills(page, ids)).size).toBeGreaterThan(5);
  await page.getByText(/notes on what was read/).click();
  expect(
    await page.getByText(/Kept the file's colours \(viz:color\) for 1,538 nodes/).count(),
  ).toBe(1);
  await page.screenshot({ path: "test-results/style-java-own-colours.png" });
  await page.close();
});
