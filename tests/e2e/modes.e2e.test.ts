// The explorer on a phone and by keyboard: a one-row header with a menu, a bottom sheet with
// three heights, a legend that filters, and the selection drawn in one place only.
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { openJsonNetwork, pointOf, settle } from "./browser.ts";
import { setupApp } from "./app.ts";

const app = setupApp();
const handle = <T>(page: Page, call: string, arg?: string) =>
  page.evaluate(
    ([c, a]) =>
      (window as unknown as { __quotegraph: Record<string, (x?: string) => unknown> }).__quotegraph[
        c as string
      ]?.(a) as T,
    [call, arg] as const,
  );
const phone = { width: 390, height: 844, touch: true, reducedMotion: true } as const;

describe("on a phone", () => {
  test("the header is one row of at most 64 px; the tools open from a menu, 44 px tall", async () => {
    const { page } = await app.open("", phone);
    const header = await page.locator(".topbar").boundingBox();
    expect(header?.height).toBeLessThanOrEqual(64);
    expect(await page.getByRole("combobox").getAttribute("placeholder")).not.toContain("/");
    const filters = page.getByRole("button", { name: "Filters" });
    expect(await filters.isVisible()).toBe(false);
    await page.getByRole("button", { name: "Menu" }).tap();
    await expect.poll(() => filters.isVisible()).toBe(true);
    const tools = await page.locator("#tools > button, #tools .button-like").all();
    expect(tools.length).toBeGreaterThan(8);
    for (const b of tools) expect((await b.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await filters.tap();
    await expect.poll(() => page.getByRole("complementary", { name: "Filters" }).count()).toBe(1);
    expect(await filters.isVisible()).toBe(false); // the menu closed behind the choice
    await page.close();
  });

  test("the bottom sheet rests at three heights, and the camera keeps the selection above it", async () => {
    const id = "tim-brooks--studied_at--uc-berkeley";
    const { page } = await app.open(`?edge=${id}`, phone);
    await settle(page);
    const sheet = page.getByTestId("side-panel");
    const grip = page.getByRole("button", { name: /Resize the panel/ });
    const sheetTop = async () => (await sheet.boundingBox())?.y ?? 0;
    const selectionAbove = async () => (await pointOf(page, id)).y < (await sheetTop());
    expect(await sheet.getAttribute("data-sheet")).toBe("half");
    expect(await selectionAbove()).toBe(true);
    const half = (await sheet.boundingBox())?.height ?? 0;

    // Drag the handle down: the sheet comes to rest at its lowest height, the graph above it.
    const g = await grip.boundingBox();
    if (!g) throw new Error("no handle");
    await page.mouse.move(g.x + g.width / 2, g.y + 10);
    await page.mouse.down();
    await page.mouse.move(g.x + g.width / 2, g.y + 260, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => sheet.getAttribute("data-sheet")).toBe("peek");
    expect((await sheet.boundingBox())?.height).toBeLessThan(half);
    await settle(page);
    expect(await selectionAbove()).toBe(true);

    // Tapping the handle steps up; at full height the sheet takes the stage.
    await grip.tap();
    await expect.poll(() => sheet.getAttribute("data-sheet")).toBe("half");
    await grip.tap();
    await expect.poll(() => sheet.getAttribute("data-sheet")).toBe("full");
    expect((await sheet.boundingBox())?.height).toBeGreaterThan(700);
    await grip.focus();
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => sheet.getAttribute("data-sheet")).toBe("half");

    // A swipe down from the lowest height closes it.
    await grip.press("ArrowDown");
    const low = await grip.boundingBox();
    if (!low) throw new Error("no handle");
    await page.mouse.move(low.x + low.width / 2, low.y + 10);
    await page.mouse.down();
    await page.mouse.move(low.x + low.width / 2, low.y + 140, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => sheet.count()).toBe(0);
    expect(new URL(page.url()).searchParams.has("edge")).toBe(false);
    await page.close();
  });

  test("the legend opens, and its entries hide and show a type, as the filters do", async () => {
    const { page } = await app.open("", phone);
    await page.getByText("Legend", { exact: true }).tap();
    const paper = page.getByRole("button", { name: /^Paper/ });
    await paper.tap();
    expect(new URL(page.url()).searchParams.get("hide")).toBe("paper");
    expect(await paper.getAttribute("aria-pressed")).toBe("false");
    expect(await handle(page, "stateOf", "dit")).toBe("hidden");
    await paper.tap();
    expect(new URL(page.url()).searchParams.has("hide")).toBe(false);
    await page.close();
  });
});

describe("selection and keyboard", () => {
  test("closing the panel takes the selection ring off the node", async () => {
    const { page } = await app.open("", { reducedMotion: true });
    await settle(page);
    const p = await pointOf(page, "sora");
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => handle<string[]>(page, "ringed")).toEqual(["sora"]);
    await page.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => handle<string[]>(page, "ringed")).toEqual([]);
    expect(new URL(page.url()).searchParams.has("node")).toBe(false);
    await page.close();
  });

  test("[ and ] step through the entities with their tooltip; Enter opens one", async () => {
    const { page } = await app.open("", { reducedMotion: true });
    await page.getByTestId("graph-canvas").focus();
    await page.keyboard.press("]");
    const tip = page.getByRole("tooltip");
    // The best-connected entity comes first.
    await expect.poll(() => tip.textContent()).toMatch(/^Sora · Project \/ model · \d+ relations$/);
    await page.keyboard.press("]");
    await expect.poll(() => tip.textContent()).not.toMatch(/^Sora/);
    await page.keyboard.press("[");
    await expect.poll(() => tip.textContent()).toMatch(/^Sora/);
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("node")).toBe("sora");
    await page.close();
  });

  test("an imported network without sources offers no Sources button", async () => {
    const { page } = await app.open();
    const sources = page.locator("#tools").getByRole("button", { name: "Sources", exact: true });
    expect(await sources.count()).toBe(1);
    await openJsonNetwork(page, "tiny", {
      nodes: [{ id: "a" }, { id: "b" }],
      links: [{ source: "a", target: "b" }],
    });
    expect(await sources.count()).toBe(0);
    expect(page.url()).not.toContain("source=");
    await page.close();
  });
});

describe("the source reader", () => {
  test.each([
    ["a laptop", { width: 1366, height: 768 }],
    ["a phone", { width: 390, height: 844, touch: true }],
  ] as const)(
    "on %s its header stays in view above the quote, with the way back",
    async (_, size) => {
      const id = "tim-brooks--studied_at--uc-berkeley";
      const { page } = await app.open(`?edge=${id}`, { ...size, reducedMotion: true });
      await page.getByText("Open in source").first().click();
      const quote = page.getByTestId("reader-quote");
      await quote.waitFor();
      await expect.poll(() => quote.isVisible()).toBe(true);
      const [head, panel, mark] = await Promise.all(
        [page.getByTestId("reader-head"), page.getByTestId("side-panel"), quote].map((l) =>
          l.boundingBox(),
        ),
      );
      if (!head || !panel || !mark) throw new Error("missing");
      // The header is at the panel's top, in view, and the quote below it, in view too.
      expect(head.y).toBeGreaterThanOrEqual(panel.y);
      expect(head.y).toBeLessThan(panel.y + 60);
      expect(mark.y).toBeGreaterThanOrEqual(head.y + head.height);
      expect(mark.y + mark.height).toBeLessThanOrEqual(panel.y + panel.height);
      expect(await page.getByRole("button", { name: "Close" }).isVisible()).toBe(true);
      await page
        .getByRole("button", { name: /^← Back to Tim Brooks studied at UC Berkeley/ })
        .click();
      await expect.poll(() => page.locator("#edge-title").count()).toBe(1);
      expect(new URL(page.url()).searchParams.get("edge")).toBe(id);
      expect(new URL(page.url()).searchParams.has("source")).toBe(false);
      await page.close();
    },
  );
});

describe("the filters drawer", () => {
  test("the camera makes room for it; the year sliders show their years on aligned tracks", async () => {
    const { page } = await app.open("", {
      width: 1366,
      height: 768,
      reducedMotion: true,
    });
    await settle(page);
    await page.getByRole("button", { name: "Filters" }).click();
    const drawer = await page.getByRole("complementary", { name: "Filters" }).boundingBox();
    const canvas = await page.getByTestId("graph-canvas").boundingBox();
    if (!drawer || !canvas) throw new Error("missing");
    await expect
      .poll(async () => {
        const p = await handle<{ nodes: { x: number; r: number }[] }>(page, "picture");
        return Math.min(...p.nodes.map((n) => canvas.x + n.x - n.r));
      })
      .toBeGreaterThanOrEqual(drawer.x + drawer.width);
    const from = page.getByRole("slider", { name: "From" });
    const to = page.getByRole("slider", { name: "To" });
    const [a, b] = [await from.boundingBox(), await to.boundingBox()];
    expect(a?.x).toBe(b?.x);
    expect(a?.width).toBe(b?.width);
    const outputs = page.locator(".year-slider .year-value");
    expect(await outputs.allTextContents()).toEqual([
      await from.getAttribute("min"),
      await to.getAttribute("max"),
    ]);
    await from.focus();
    await page.keyboard.press("ArrowRight");
    expect(await outputs.first().textContent()).toBe(
      String(Number(await from.getAttribute("min")) + 1),
    );
    await page.close();
  });
});

describe("history", () => {
  test("opening a file is one history entry, and Back keeps the opened graph's camera", async () => {
    const { page } = await app.open("?node=sora", { reducedMotion: true });
    await settle(page);
    const length = () => page.evaluate(() => history.length);
    const before = await length();
    await openJsonNetwork(page, "tiny", {
      nodes: [{ id: "a" }, { id: "b" }, { id: "c" }],
      links: [
        { source: "a", target: "b" },
        { source: "b", target: "c" },
      ],
    });
    await settle(page);
    await page.waitForTimeout(600); // the camera is reported 400 ms after it rests
    expect(await length()).toBe(before + 1);
    const zoom = () => handle<number>(page, "zoom");
    const opened = await zoom();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get("node")).toBe("sora");
    await page.waitForTimeout(300);
    // The opened graph stays on screen (the address cannot bring the old one back): its camera
    // is not replaced by the one the old graph had.
    expect(await page.locator(".subtitle").textContent()).toBe("tiny");
    expect(await zoom()).toBeCloseTo(opened, 2);
    await page.close();
  });
});
