import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { setupApp } from "./app.ts";

const app = setupApp();

/** The focused element, and whether focus is drawn (an outline or a box shadow). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      text: el?.textContent?.trim() ?? "",
      tag: el?.tagName ?? "",
      visible: Boolean(style && (style.outlineStyle !== "none" || style.boxShadow !== "none")),
    };
  });

async function tabTo(page: Page, text: string | RegExp, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (typeof text === "string" ? f.text === text : text.test(f.text)) return f;
  }
  throw new Error(`Tab never reached ${String(text)}`);
}

test("keyboard only: search, panel, relation, quote in its source, back out", async () => {
  const { page } = await app.open();
  await page.keyboard.press("/");
  await page.keyboard.type("li jing");
  await expect.poll(() => page.getByRole("option").first().textContent()).toContain("Li Jing");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect.poll(() => page.locator("#node-title").textContent()).toContain("Li Jing");
  await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Li Jing");

  const link = await tabTo(page, /Li Jing studied at MIT/);
  expect(link.visible).toBe(true);
  await page.keyboard.press("Enter");
  await expect.poll(() => page.locator("#edge-title").textContent()).toContain("MIT");

  const open = await tabTo(page, "Open in source");
  expect(open.visible).toBe(true);
  await page.keyboard.press("Enter");
  await expect.poll(() => page.getByTestId("reader-quote").count()).toBe(1);

  // The canvas takes the keyboard too: + zooms, arrows pan.
  await page.getByRole("application").focus();
  const before = await page.evaluate(() =>
    (window as unknown as { __quotegraph: { zoom(): number } }).__quotegraph.zoom(),
  );
  await page.keyboard.press("+");
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { __quotegraph: { zoom(): number } }).__quotegraph.zoom(),
      ),
    )
    .toBeGreaterThan(before);
  expect((await focused(page)).visible).toBe(true);

  await tabTo(page, "×", 200); // the panel's close button
  await page.keyboard.press("Enter");
  expect(new URL(page.url()).searchParams.has("source")).toBe(false);
  await page.close();
});
