import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import type { Dataset } from "../../src/model/types.ts";
import type { Picture } from "../../src/model/picture/metrics.ts";
import { labelPx, pointOf, positionOf, stateOf, settle } from "./browser.ts";
import { setupApp } from "./app.ts";

const app = setupApp();
const dataset = JSON.parse(readFileSync("dist/graph.json", "utf8")) as Dataset;

describe("canvas", () => {
  test("hover highlights neighbours; selection fades the rest; show only hides it", async () => {
    const { page } = await app.open();
    await settle(page);
    const p = await pointOf(page, "joe-taylor");
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => stateOf(page, "academy-of-art")).toBe("emphasised");
    expect(await stateOf(page, "yuandong-tian")).toBe("faded");
    await page.mouse.move(5, 5);
    await expect.poll(() => stateOf(page, "yuandong-tian")).toBe("normal");

    await page.mouse.click(p.x, p.y);
    await expect.poll(() => stateOf(page, "yuandong-tian")).toBe("faded");
    await page.getByRole("checkbox", { name: "Show only this" }).check();
    await expect.poll(() => stateOf(page, "yuandong-tian")).toBe("hidden");
    expect(await stateOf(page, "sora")).toBe("emphasised");
    expect(new URL(page.url()).searchParams.get("only")).toBe("1");
    await page.getByRole("radio", { name: "2 hops" }).check();
    await expect.poll(() => stateOf(page, "openai")).toBe("emphasised"); // Joe Taylor → Sora → OpenAI
    await page.close();
  });

  test("labels keep their size on screen; zooming in makes room for more of them", async () => {
    // The share of the nodes in view whose label is drawn.
    const labelled = (page: import("playwright-core").Page) =>
      page.evaluate(() => {
        const p = (
          window as unknown as { __quotegraph: { picture(): Picture } }
        ).__quotegraph.picture();
        const inView = p.nodes.filter(
          (n) => n.x >= 0 && n.y >= 0 && n.x <= p.width && n.y <= p.height,
        );
        return inView.filter((n) => n.text !== "").length / inView.length;
      });
    // A phone's overview: the labels that fit, at a readable size, and not the others.
    const phone = await app.open("", { width: 390, height: 844 });
    const before = await labelled(phone.page);
    expect(before).toBeGreaterThan(0.15);
    expect(before).toBeLessThan(1);
    const px = await labelPx(phone.page, "sora");
    await phone.page.getByTestId("graph-canvas").focus();
    for (let i = 0; i < 3; i++) await phone.page.keyboard.press("+");
    await expect.poll(() => labelPx(phone.page, "sora")).toBeCloseTo(px ?? 0, 0);
    await expect.poll(() => labelled(phone.page)).toBeGreaterThan(before + 0.2);
    await phone.page.close();
  });

  test("re-run layout moves nodes; the baked layout puts them back", async () => {
    const { page } = await app.open();
    const baked = dataset.nodes.find((n) => n.id === "sora")?.position;
    expect(await positionOf(page, "sora")).toEqual(baked);
    await page.getByRole("button", { name: "Re-run layout" }).click();
    await expect.poll(() => positionOf(page, "sora"), { timeout: 8000 }).not.toEqual(baked);
    await page.getByRole("button", { name: "Baked layout" }).click();
    await expect.poll(() => positionOf(page, "sora"), { timeout: 8000 }).toEqual(baked);
    await page.close();
  });

  test("the time slider narrows relations by year, keeping undated ones", async () => {
    const { page } = await app.open();
    await page.getByRole("button", { name: "Filters" }).click();
    const from = page.getByRole("slider", { name: "From" });
    await from.focus();
    for (
      let i = 0;
      i < 30 && !new URL(page.url()).searchParams.get("years")?.startsWith("2019");
      i++
    ) {
      await page.keyboard.press("ArrowRight");
    }
    expect(new URL(page.url()).searchParams.get("years")).toMatch(/^2019-\d{4}$/);
    await expect.poll(() => stateOf(page, "tim-brooks--studied_at--cmu")).toBe("hidden"); // 2013–2017
    expect(await stateOf(page, "tim-brooks--studied_at--uc-berkeley")).not.toBe("hidden"); // 2019–2023
    expect(await stateOf(page, "saining-xie--authored--dit")).not.toBe("hidden"); // undated
    await page.close();
  });

  test("the interface follows the browser's language and switches on demand", async () => {
    const { page } = await app.open("?node=yuandong-tian", { locale: "zh-CN" });
    await expect.poll(() => page.locator("#node-title").textContent()).toContain("田渊栋");
    expect(await page.getByRole("button", { name: "筛选" }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-Hans");
    await page.getByRole("button", { name: "切换到英文" }).click();
    await expect.poll(() => page.locator("#node-title").textContent()).toContain("Tian Yuandong");
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    await page.close();
  });

  test.each([
    ["desktop-light", 1280, 800, false],
    ["desktop-dark", 1280, 800, true],
    ["phone-light", 390, 844, false],
    ["phone-dark", 390, 844, true],
  ] as const)("screenshot %s", async (name, width, height, dark) => {
    const { page } = await app.open("?edge=saining-xie--authored--dit", {
      width,
      height,
      dark,
    });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `test-results/${name}.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    await page.close();
  });
});
