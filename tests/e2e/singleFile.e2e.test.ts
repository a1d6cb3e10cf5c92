import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import {
  CHINESE_NETWORK,
  firstHit,
  launchBrowser,
  openJsonNetwork,
  pointOf,
  waitForGraph,
  watchConsole,
} from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

test("the single-file build runs from file:// with the network off and asks for nothing else", async () => {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    offline: true,
  });
  const page = await context.newPage();
  const problems = watchConsole(page);
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  const file = pathToFileURL(resolve("dist-single/index.html")).href;
  await page.goto(file);
  await waitForGraph(page);
  const p = await pointOf(page, "dit--rejected_by--cvpr");
  await page.mouse.click(p.x, p.y);
  await expect.poll(() => page.getByTestId("quote").first().textContent()).toContain("CVR2023");
  expect(requests.every((url) => url.startsWith(file))).toBe(true);
  expect(problems).toEqual([]);
  await context.close();
});

test("a network opened from the single file is found by its labels as written", async () => {
  // The one file leaves out the pinyin dictionary and script converters (vite.single.config.ts).
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    offline: true,
  });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto(pathToFileURL(resolve("dist-single/index.html")).href);
  await waitForGraph(page);
  await openJsonNetwork(page, "zh", CHINESE_NETWORK);
  expect(await firstHit(page, "谢赛宁")).toContain("谢赛宁");
  expect(await firstHit(page, "lecun")).toContain("Yann LeCun");
  expect(problems).toEqual([]);
  await context.close();
});
