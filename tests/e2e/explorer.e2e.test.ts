import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import type { Dataset } from "../../src/model/types.ts";
import { pointOf, settle } from "./browser.ts";
import { setupApp } from "./app.ts";

const app = setupApp();
const dataset = JSON.parse(readFileSync("dist/graph.json", "utf8")) as Dataset;
const edgeById = new Map(dataset.edges.map((e) => [e.id, e]));

describe("search", () => {
  test.each(["謝賽甯", "xie saining", "xie saning"])(
    "typing %s and Enter selects Saining Xie",
    async (query) => {
      const { page } = await app.open();
      await page.keyboard.press("/");
      await page.keyboard.type(query);
      const options = page.getByRole("option");
      await expect.poll(() => options.first().textContent()).toContain("Saining Xie");
      await page.keyboard.press("Enter");
      await expect
        .poll(() => page.getByRole("heading", { level: 2 }).first().textContent())
        .toContain("Saining Xie");
      expect(new URL(page.url()).searchParams.get("node")).toBe("saining-xie");
      await expect
        .poll(() => page.getByRole("status").first().textContent())
        .toContain("Saining Xie");
      await page.close();
    },
  );
});

describe("without the canvas", () => {
  test("keyboard alone reaches a relation's quotes through the table", async () => {
    const { page } = await app.open("?mode=table", { graph: false });
    const edge = edgeById.get("saining-xie--studied_at--ucsd");
    const row = page.getByRole("button", { name: /Saining Xie studied at UC San Diego/ });
    await row.focus();
    await page.keyboard.press("Enter");
    const panel = page.getByTestId("side-panel");
    await expect
      .poll(() => panel.getByTestId("quote").allTextContents())
      .toEqual(edge?.evidence.map((e) => e.quote));
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("BUTTON");
    await page.close();
  });
});

describe("paths", () => {
  test("a path between two people is drawn and listed hop by hop, each hop opening its quotes", async () => {
    const { page } = await app.open("?path=tim-brooks~saining-xie");
    const panel = page.getByTestId("path-panel");
    await expect.poll(() => panel.textContent()).toContain("1 shortest path, 2 hops");
    const hops = panel.getByRole("listitem");
    expect(await hops.count()).toBe(2);
    await hops.nth(1).getByRole("button").click();
    const edgeId = new URL(page.url()).searchParams.get("edge") ?? "";
    const edge = edgeById.get(edgeId);
    expect(edge && [edge.source, edge.target]).toContain("saining-xie");
    await expect
      .poll(() => page.getByTestId("quote").first().textContent())
      .toBe(edge?.evidence[0]?.quote);
    await page.close();
  });

  test("the path finder asks how two entities are connected", async () => {
    const { page } = await app.open();
    await page.getByRole("button", { name: "How is A connected to B?" }).click();
    // Each end by type-ahead: the first match is taken with Enter.
    for (const [end, name] of [
      ["From", "Tian Yuandong"],
      ["To", "Will DePue"],
    ] as const) {
      await page.getByRole("combobox", { name: end, exact: true }).fill(name);
      await expect.poll(() => page.getByRole("option").first().textContent()).toContain(name);
      await page.keyboard.press("Enter");
    }
    await page.getByRole("button", { name: "Find path" }).click();
    await expect
      .poll(() => page.getByTestId("path-panel").textContent())
      .toMatch(/shortest paths?, 4 hops/);
    expect(page.url()).toContain("path=yuandong-tian~will-depue");
    await page.close();
  });
});

describe("every view is a link", () => {
  test("a shared link shows the same view, and back/forward walk through views", async () => {
    const { page } = await app.open("?node=tim-brooks&lang=zh");
    await expect.poll(() => page.locator("#node-title").textContent()).toContain("Tim Brooks");
    expect(await page.getByRole("button", { name: "切换到英文" }).isVisible()).toBe(true);
    await settle(page);
    const p = await pointOf(page, "saining-xie");
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => page.locator("#node-title").textContent()).toContain("谢赛宁");
    await page.goBack();
    await expect.poll(() => page.locator("#node-title").textContent()).toContain("Tim Brooks");
    await page.goForward();
    await expect.poll(() => page.locator("#node-title").textContent()).toContain("谢赛宁");
    await page.close();
  });

  test("back and forward bring the camera back too", async () => {
    const { page } = await app.open("?cam=1.2,300,20");
    const zoom = () =>
      page.evaluate(() =>
        (window as unknown as { __quotegraph: { zoom(): number } }).__quotegraph.zoom(),
      );
    expect(await zoom()).toBeCloseTo(1.2, 3);
    const start = await pointOf(page, "tim-brooks");
    /** How far (px) Tim Brooks is drawn from where he was at a given moment. */
    const away = async (then: { x: number; y: number }) => {
      const now = await pointOf(page, "tim-brooks");
      return Math.abs(now.x - then.x) + Math.abs(now.y - then.y);
    };

    // A click (a new history entry), then a pan (which only updates that entry's camera).
    await settle(page);
    const p = await pointOf(page, "sora");
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => page.locator("#node-title").textContent()).toContain("Sora");
    await settle(page);
    await page.getByTestId("graph-canvas").focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowLeft");
    await expect.poll(() => new URL(page.url()).searchParams.get("cam")).not.toBe("1.2,300,20");
    const panned = await pointOf(page, "tim-brooks");

    await page.goBack();
    await expect.poll(() => page.locator("#node-title").count()).toBe(0);
    // The camera glides back (350 ms) to where the first entry had it.
    await expect.poll(() => away(start)).toBeLessThan(3);
    expect(await zoom()).toBeCloseTo(1.2, 3);

    await page.goForward();
    await expect.poll(() => page.locator("#node-title").textContent()).toContain("Sora");
    await expect.poll(() => away(panned)).toBeLessThan(3);
    await page.close();
  });

  test("unknown or malformed parameters are ignored with a quiet notice", async () => {
    const { page } = await app.open("?node=nobody&years=soon&hide=person,alien&zzz=1&cam=a,b");
    const notices = await page.getByTestId("notices").textContent();
    expect(notices).toContain("node=nobody");
    expect(notices).toContain("years=soon");
    expect(notices).toContain("alien");
    expect(notices).toContain('"zzz"');
    expect(notices).toContain("cam=a,b");
    expect(new URL(page.url()).searchParams.get("hide")).toBe("person");
    await page.close();
  });
});

describe("filters", () => {
  test("hiding a type updates counts and the URL; a source highlights what it supports", async () => {
    const { page } = await app.open();
    await page.getByRole("button", { name: "Filters" }).click();
    const status = page.getByTestId("filters").getByRole("status");
    const before = await status.textContent();
    await page.getByRole("checkbox", { name: /Venue/ }).uncheck();
    await expect.poll(() => status.textContent()).not.toBe(before);
    expect(await status.textContent()).toContain(
      `${dataset.nodes.length - 3} of ${dataset.nodes.length} entities`,
    );
    expect(new URL(page.url()).searchParams.get("hide")).toBe("venue");
    await page.getByRole("checkbox", { name: /Hedged/ }).uncheck();
    expect(new URL(page.url()).searchParams.get("hideCert")).toBe("hedged");
    await page.close();
  });
});

describe("source reader", () => {
  test("open in source shows the whole article with the quote highlighted", async () => {
    const { page } = await app.open("?edge=saining-xie--authored--dit");
    await page.getByRole("button", { name: "Open in source" }).first().click();
    const url = new URL(page.url());
    const source = dataset.sources.find((s) => s.id === url.searchParams.get("source"));
    const [start, end] = (url.searchParams.get("quote") ?? "").split("-").map(Number);
    await expect
      .poll(() => page.getByTestId("reader-quote").textContent())
      .toBe(source?.text.slice(start, end));
    expect((await page.getByTestId("source-text").textContent())?.length).toBe(source?.text.length);
    await page.close();
  });
});

describe("phones", () => {
  test("at 390 px the panel is a bottom sheet and nothing overflows sideways", async () => {
    const { page } = await app.open("?edge=eric-luhman--family_of--troy-luhman", {
      width: 390,
      height: 844,
    });
    const sheet = await page.getByTestId("side-panel").boundingBox();
    expect(sheet?.width).toBe(390);
    expect((sheet?.y ?? 0) + (sheet?.height ?? 0)).toBeCloseTo(844, 0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.screenshot({ path: "test-results/phone.png" });
    // The tables, too, fit the width, in both languages.
    for (const lang of ["en", "zh"]) {
      await page.goto(app.url(`?mode=table&lang=${lang}`));
      await page.waitForSelector("table");
      const [scroll, client] = await page.evaluate(() => {
        const t = document.querySelector(".tables");
        return [t?.scrollWidth ?? 0, t?.clientWidth ?? 1];
      });
      expect(scroll).toBeLessThanOrEqual(client);
    }
    await page.close();
  });
});
