// Imported networks look like themselves (a yEd file's colours), edges widen by weight (kept in
// the address), long tables answer at once (windowed, filtered, sorted), and the path finder's
// ends are typed or clicked.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { pointOf, settle } from "./browser.ts";
import { setupApp } from "./app.ts";

const app = setupApp();
const DATASETS = process.env.QUOTEGRAPH_DATASETS ?? "../shared/datasets";
const FIXTURES = "src/model/import/fixtures";

interface Handle {
  fillOf(id: string): string | null;
  widthOf(id: string): number | null;
  picture(): { edges: { id: string }[] };
}
type Win = { __quotegraph: Handle };

const fillsOf = (page: Page, ids: string[]) =>
  page.evaluate((xs) => xs.map((id) => (window as unknown as Win).__quotegraph.fillOf(id)), ids);
/** Every drawn edge's width, in the order the canvas lists them. */
const edgeWidths = (page: Page) =>
  page.evaluate(() => {
    const h = (window as unknown as Win).__quotegraph;
    return h.picture().edges.map((e) => h.widthOf(e.id) ?? 0);
  });

async function open(page: Page, file: string, title: string, timeout = 30_000) {
  await page.getByTestId("open-file").setInputFiles(file);
  await expect.poll(() => page.locator(".subtitle").textContent(), { timeout }).toBe(title);
  await settle(page);
}

test("a yEd GraphML file opens in its own colours, named by the attribute they follow", async () => {
  const { page } = await app.open("", { width: 1366, height: 768 });
  await open(page, `${FIXTURES}/yed-shapes.graphml`, "yed-shapes");
  // y:Fill color="#FF9900" and "#3366FFCC" (alpha dropped); an unreadable fill is drawn grey.
  await expect.poll(async () => (await fillsOf(page, ["n0"]))[0]).toBe("rgb(255,153,0)");
  expect(await fillsOf(page, ["n1", "n2"])).toEqual(["rgb(51,102,255)", "rgb(51,102,255)"]);
  const legend = await page.locator(".legend .style-key li").allTextContents();
  expect(legend.map((l) => l.trim())).toEqual(["group person 2", "group other 1", "group lab 1"]);
  await page.getByText(/notes on what was read/).click();
  expect(await page.getByText(/Kept the file's colours \(yEd fill\) for 3 nodes/).count()).toBe(1);
  expect(
    await page.getByText(/could not be read as a colour \(e\.g\. "not-a-colour"\)/).count(),
  ).toBe(1);
  await page.screenshot({ path: "test-results/look-yed.png" });
  await page.close();
});

test("edge width by weight: kept in the address, back and forth, and drawn 1–8 wide", async () => {
  const { page } = await app.open("", { width: 1366, height: 768 });
  await open(page, `${DATASETS}/gephi-samples/Les Miserables.gexf`, "Les Miserables");
  const widths = () => edgeWidths(page);
  const same = await widths();
  expect(new Set(same).size).toBe(1);
  await page.getByRole("button", { name: "Filters" }).click();
  const select = page.getByRole("combobox", { name: "Edge width" });
  await select.selectOption("attr:weight");
  expect(new URL(page.url()).searchParams.get("width")).toBe("attr:weight");
  await expect.poll(async () => new Set(await widths()).size).toBeGreaterThan(3);
  const drawn = await widths();
  expect(Math.min(...drawn)).toBeGreaterThanOrEqual(1);
  expect(Math.max(...drawn)).toBe(8);
  expect(await page.locator(".legend .width-key").textContent()).toContain("Wider: more weight");
  await page.screenshot({ path: "test-results/width-by-weight.png" });
  await select.selectOption("same");
  expect(new URL(page.url()).searchParams.get("width")).toBeNull();
  await expect.poll(async () => new Set(await widths()).size).toBe(1);
  // Back: the address brings the widths back.
  await page.goBack();
  await expect.poll(() => new URL(page.url()).searchParams.get("width")).toBe("attr:weight");
  await expect.poll(async () => (await widths()).join()).toBe(drawn.join());
  await page.close();
});

test("CA-GrQc's tables show a window of rows; the filter narrows them and headers sort", async () => {
  const { page } = await app.open("", { width: 1366, height: 768 });
  await open(page, `${DATASETS}/ca-GrQc/CA-GrQc.txt`, "CA-GrQc", 120_000);
  await page.getByRole("button", { name: "Table", exact: true }).click();
  const relations = page.getByRole("table", { name: "Relations" });
  const entities = page.getByRole("table", { name: "Entities" });
  await relations.locator("tbody tr[data-row]").first().waitFor();
  expect(await relations.getAttribute("aria-rowcount")).toBe("14497");
  const inDom = await relations.locator("tbody tr[data-row]").count();
  expect(inDom).toBeGreaterThan(10);
  expect(inDom).toBeLessThan(100);
  // Each long table scrolls in its own box; scrolling brings other rows in, still a window.
  const scroller = relations.locator("xpath=..");
  expect(await scroller.getAttribute("data-scroller")).toBe("");
  const firstRow = () => relations.locator("tbody tr[data-row] td").first().textContent();
  const top = await firstRow();
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await expect.poll(firstRow).not.toBe(top);
  expect(await relations.locator("tbody tr[data-row]").count()).toBeLessThan(100);
  expect(
    Number(await relations.locator("tbody tr[data-row]").first().getAttribute("aria-rowindex")),
  ).toBeGreaterThan(5000);
  await scroller.evaluate((el) => el.scrollTo(0, 0));
  expect(await entities.locator("tbody tr[data-row]").count()).toBeLessThan(100);
  // The filter: author 3466's relations only.
  await page.getByRole("searchbox", { name: "Filter rows: Relations" }).fill("3466");
  await expect.poll(() => relations.getAttribute("aria-rowcount")).not.toBe("14497");
  const rows = Number(await relations.getAttribute("aria-rowcount")) - 1;
  expect(rows).toBeGreaterThan(0);
  expect(rows).toBeLessThan(100);
  const cells = await relations.locator("tbody tr[data-row]").allTextContents();
  expect(cells.length).toBe(rows);
  for (const c of cells) expect(c).toContain("3466");
  await page.screenshot({ path: "test-results/table-filter.png" });
  // Sorting the entities by relations, most first.
  const header = entities.getByRole("columnheader", { name: /Relations/ });
  await header.getByRole("button").click();
  expect(await header.getAttribute("aria-sort")).toBe("ascending");
  await header.getByRole("button").press("Enter");
  expect(await header.getAttribute("aria-sort")).toBe("descending");
  await page.getByRole("searchbox", { name: "Filter rows: Relations" }).fill("");
  await entities.scrollIntoViewIfNeeded();
  await expect
    .poll(async () => Number(await entities.locator("tbody tr[data-row] td").nth(1).textContent()))
    .toBe(81); // the most collaborations in CA-GrQc
  const counts = (
    await entities.locator("tbody tr[data-row] td:nth-child(3)").allTextContents()
  ).map(Number);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  await page.close();
}, 180_000);

test("the path finder's ends are typed or clicked on the graph, and the path shows", async () => {
  const { page } = await app.open("", { width: 1366, height: 768 });
  await page.getByRole("button", { name: "How is A connected to B?" }).click();
  const from = page.getByRole("combobox", { name: "From" });
  await from.fill("tim bro");
  await expect.poll(() => page.getByRole("option").first().textContent()).toContain("Tim Brooks");
  await page.keyboard.press("Enter");
  expect(await from.inputValue()).toBe("Tim Brooks");
  // The other end in the other script.
  const to = page.getByRole("combobox", { name: "To" });
  await to.fill("谢赛宁");
  await expect.poll(() => page.getByRole("option").first().textContent()).toContain("Saining Xie");
  await page.screenshot({ path: "test-results/path-typeahead.png" });
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Find path" }).click();
  await expect
    .poll(() => page.getByTestId("path-panel").textContent())
    .toContain("1 shortest path, 2 hops");
  expect(new URL(page.url()).searchParams.get("path")).toBe("tim-brooks~saining-xie");
  // Picking on the graph: press the end's button, then click an entity.
  await page.getByRole("button", { name: "Pick on graph: To" }).click();
  expect(await page.getByRole("status").filter({ hasText: "Click an entity" }).count()).toBe(1);
  const at = await pointOf(page, "bill-peebles");
  await page.mouse.click(at.x, at.y);
  await expect.poll(() => to.inputValue()).toBe("Bill Peebles");
  expect(
    await page.getByRole("button", { name: "Pick on graph: To" }).getAttribute("aria-pressed"),
  ).toBe("false");
  await page.close();
});
