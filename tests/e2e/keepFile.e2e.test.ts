// A file opened in the browser survives a reload (kept in IndexedDB) until the reader goes back to
// the built-in network; a browser that will not keep it loses nothing else.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { setupApp } from "./app.ts";
import { stateOf, waitForGraph } from "./browser.ts";

const app = setupApp();
const DATASETS = process.env.QUOTEGRAPH_DATASETS ?? "../shared/datasets";
const LES_MIS = `${DATASETS}/gephi-samples/Les Miserables.gexf`;
const BUILT_IN = "The people behind OpenAI’s Sora — every link shows its sources";

const subtitle = (page: Page) => page.locator(".subtitle").textContent();
const kept = (page: Page) => page.evaluate(() => window.localStorage.getItem("quotegraph:kept"));

async function openLesMis(page: Page) {
  await page.getByTestId("open-file").setInputFiles(LES_MIS);
  await expect.poll(() => subtitle(page), { timeout: 30_000 }).toBe("Les Miserables");
  await expect.poll(() => page.getByTestId("notices").textContent()).toContain("77 nodes");
}

test("a reload keeps an opened file, with its view link; back to the built-in network forgets it", async () => {
  const { page } = await app.open("", { width: 1366, height: 768 });
  // Nothing kept: the first view neither loads the IndexedDB code nor opens a database.
  const scripts = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((e) => e.name),
  );
  expect(scripts.filter((s) => /storedNetwork|namedNetwork|networks\.json/.test(s))).toEqual([]);
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
  await openLesMis(page);
  const notices = page.getByTestId("notices");
  await expect
    .poll(() => notices.textContent())
    .toContain("Kept in this browser until you go back to the built-in network.");
  expect(await kept(page)).toBe("Les Miserables.gexf");

  // A view of the opened network: a node selected, a filter and a style, all in the address.
  const at = new URL(page.url());
  at.search = "?node=11&focus=1&color=community";
  await page.goto(at.href);
  await waitForGraph(page);
  expect(await subtitle(page)).toBe("Les Miserables");
  await expect.poll(() => stateOf(page, "11")).toBe("emphasised");
  expect(await page.getByTestId("side-panel").textContent()).toContain("Valjean");
  await expect
    .poll(() => page.locator(".legend .style-key li").first().textContent())
    .toMatch(/^ ?community 1 \d+$/);
  const shown = await notices.textContent();
  expect(shown).toContain("Showing Les Miserables.gexf (77 nodes, 254 edges)");
  expect(shown).toContain("kept in this browser");
  await page.screenshot({ path: "test-results/keep-file-reloaded.png" });

  // A plain reload too, and the address keeps the view.
  await page.reload();
  await waitForGraph(page);
  expect(await subtitle(page)).toBe("Les Miserables");
  expect(new URL(page.url()).searchParams.get("node")).toBe("11");

  // One click back: the built-in network, and nothing kept any more.
  await page.getByRole("button", { name: "Back to the built-in network" }).click();
  await expect.poll(() => subtitle(page)).toBe(BUILT_IN);
  expect(await kept(page)).toBeNull();
  expect(await page.getByText("Showing Les Miserables.gexf").count()).toBe(0);
  expect(new URL(page.url()).search).toBe("");
  await page.reload();
  await waitForGraph(page);
  expect(await subtitle(page)).toBe(BUILT_IN);
  const stored = await page.evaluate(
    () =>
      new Promise<unknown>((ok, fail) => {
        const open = indexedDB.open("quotegraph", 1);
        open.onsuccess = () => {
          const get = open.result.transaction("networks").objectStore("networks").get("opened");
          get.onsuccess = () => ok(get.result ?? null);
          get.onerror = () => fail(get.error);
        };
        open.onerror = () => fail(open.error);
      }),
  );
  expect(stored).toBeNull();
  await page.close();
}, 90_000);

test("an address naming a bundle's network is not overridden by a kept file", async () => {
  // This build has no networks.json: the browser reports its 404.
  const { page } = await app.open("", { allow: [/status of 404/] });
  await openLesMis(page);
  // This build holds one network: ?data= is refused with a message, not answered by the file.
  const at = new URL(page.url());
  at.search = "?data=other";
  await page.goto(at.href);
  await page.waitForSelector("#root > :not(.loading)");
  expect(await page.getByRole("alert").textContent()).toContain("This page holds one network");
  await page.close();
}, 60_000);

test("a browser that will not keep files (no IndexedDB) opens them as before and says so", async () => {
  const { page } = await app.open("", {});
  await page.addInitScript(() => {
    // As in a locked-down private window: IndexedDB refuses to open.
    indexedDB.open = () => {
      throw new DOMException("The user denied permission to access the database.", "UnknownError");
    };
  });
  await page.evaluate(() => {
    indexedDB.open = () => {
      throw new DOMException("The user denied permission to access the database.", "UnknownError");
    };
  });
  await openLesMis(page);
  await expect
    .poll(() => page.getByTestId("notices").textContent())
    .toContain("This browser would not keep it");
  expect(await kept(page)).toBeNull();
  await page.reload();
  await waitForGraph(page);
  expect(await subtitle(page)).toBe(BUILT_IN);

  // Kept once, but the storage refuses now: the built-in network, said quietly, flag cleared.
  await page.evaluate(() => window.localStorage.setItem("quotegraph:kept", "Les Miserables.gexf"));
  await page.reload();
  await waitForGraph(page);
  expect(await subtitle(page)).toBe(BUILT_IN);
  expect(await page.getByTestId("notices").textContent()).toContain(
    "The file you opened before could not be read back from this browser's storage",
  );
  expect(await kept(page)).toBeNull();
  await page.close();
}, 60_000);
