import AxeBuilder from "@axe-core/playwright";
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { setupApp } from "./app.ts";

const app = setupApp();

async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(" | ")}`,
  );
}

describe("accessibility, checked by axe", () => {
  test.each([
    ["explore", "", false],
    ["explore, dark", "", true],
    ["node panel", "?node=saining-xie", false],
    ["disputed edge", "?edge=will-depue--studied_at--umich", false],
    ["edge, dark, Chinese", "?edge=eric-luhman--family_of--troy-luhman&lang=zh", true],
    ["source reader", "?source=nbd-sora-team&quote=300-320", false],
    ["path", "?path=tim-brooks~saining-xie", false],
    ["tables", "?mode=table", false],
    ["embed", "?edge=saining-xie--authored--dit&embed=1", false],
    ["present", "?present=sora&step=2", false],
    ["presenter", "?present=sora&step=2&presenter=1", false],
  ] as const)("%s", async (_name, query, dark) => {
    const graph = !query.includes("mode=table") && !query.includes("presenter");
    const { page } = await app.open(query, { dark, graph });
    await page.waitForTimeout(300);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  test.each([
    ["light", false],
    ["dark", true],
  ] as const)("a highlighted search result (%s), both scripts of its name", async (_name, dark) => {
    const { page } = await app.open("", { dark });
    await page.getByRole("combobox").fill("tian");
    // The suggestions come once the lazily loaded matcher answers: an ArrowDown before that
    // selects nothing (seen under load). Down and up again: the first result, an entity
    // (relations quoting "tian" follow it).
    await page.getByRole("option").first().waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    const option = page.locator('[role="option"][aria-selected="true"]');
    await option.waitFor();
    expect(await option.locator(".label-other").count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    // A highlighted relation: its quote snippet and the marked match, in the grouped listbox.
    await page.getByRole("combobox").fill("博士");
    await page.locator('[role="option"].result-relation').first().waitFor();
    const kinds = await page
      .getByRole("option")
      .evaluateAll((els) => els.map((el) => el.className));
    for (let i = 0; i < kinds.indexOf("result-relation"); i++)
      await page.keyboard.press("ArrowDown");
    expect(await option.locator("mark.match").count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  test("with the filters drawer and the embed dialog open", async () => {
    const { page } = await app.open();
    await page.getByRole("button", { name: "Filters" }).click();
    expect(await violations(page)).toEqual([]);
    await page.getByRole("button", { name: "Embed" }).click();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
