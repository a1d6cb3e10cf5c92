// Quotes first: search finds what the quotes say (both scripts), the canvas emphasises the
// relations quoting the query with their count, a result opens its relation with that quote in
// view, and the source reader links every name it knows to its entity.
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import type { Dataset } from "../../src/model/types.ts";
import { setupApp } from "./app.ts";

const app = setupApp();
const dataset = JSON.parse(readFileSync("dist/graph.json", "utf8")) as Dataset;

type Handle = { __quotegraph: { stateOf(id: string): string | null } };
const stateOf = (page: Page, id: string) =>
  page.evaluate((id) => (window as unknown as Handle).__quotegraph.stateOf(id), id);

/** The relations whose quotes (or translations) hold `text` as written. */
const quoting = (text: string) =>
  dataset.edges.filter((e) => e.evidence.some((q) => q.quote.includes(text)));

describe("search finds quotes", () => {
  test("a phrase only in a traditional-script quote, typed in simplified: the snippet marks it", async () => {
    const { page } = await app.open();
    await page.getByRole("combobox").fill("开山之作");
    const relation = page.locator('[role="option"].result-relation').first();
    await relation.waitFor();
    expect(await relation.textContent()).toContain("Jason Wei");
    expect(await relation.locator("mark.match").allTextContents()).toEqual(["開山之作"]);
    await page.close();
  });

  test("while typed, the relations quoting it are emphasised on the canvas, with their count", async () => {
    const { page } = await app.open();
    const expected = quoting("博士");
    expect(expected.length).toBeGreaterThan(3);
    await page.getByRole("combobox").fill("博士");
    const count = page.getByTestId("search-count");
    await expect.poll(() => count.textContent()).toBe(`${expected.length} relations quote “博士”`);
    for (const e of expected.slice(0, 5))
      await expect.poll(() => stateOf(page, e.id)).toBe("emphasised");
    const other = dataset.edges.find((e) => !expected.includes(e));
    expect(other && (await stateOf(page, other.id))).toBe("faded");
    // Cleared, the canvas is as it was.
    await page.getByRole("combobox").fill("");
    await expect.poll(() => stateOf(page, expected[0]?.id ?? "")).toBe("normal");
    expect(await count.count()).toBe(0);
    await page.close();
  });

  test("the count in Chinese", async () => {
    const { page } = await app.open("?lang=zh");
    await page.getByRole("combobox").fill("博士");
    await expect
      .poll(() => page.getByTestId("search-count").textContent())
      .toBe(`${quoting("博士").length} 条关系的引文提到「博士」`);
    await page.close();
  });

  test("choosing a relation by keyboard opens it with that quote marked and in view", async () => {
    const { page } = await app.open();
    await page.keyboard.press("/");
    await page.keyboard.type("开山之作");
    const options = page.getByRole("option");
    await options.first().waitFor();
    const kinds = await options.evaluateAll((els) => els.map((el) => el.className));
    const target = kinds.indexOf("result-relation");
    expect(target).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < target; i++) await page.keyboard.press("ArrowDown");
    const active = await page.getByRole("combobox").getAttribute("aria-activedescendant");
    expect(await page.locator(`[id="${active}"]`).getAttribute("class")).toBe("result-relation");
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("edge")).not.toBeNull();
    const edge = dataset.edges.find((e) => e.id === new URL(page.url()).searchParams.get("edge"));
    const focused = page.locator('[data-testid="quote-card"][data-focused="true"]');
    await focused.waitFor();
    expect(await focused.getByTestId("quote").textContent()).toContain("開山之作");
    expect(edge?.evidence.some((q) => q.quote.includes("開山之作"))).toBe(true);
    // In view inside the panel that scrolls.
    await expect.poll(() => focused.evaluate(inView)).toBe(true);
    await page.close();
  });
});

/** Whether the element's middle is inside the viewport and inside every scrolling ancestor. */
function inView(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const y = (r.top + r.bottom) / 2;
  if (y < 0 || y > window.innerHeight) return false;
  for (let p = el.parentElement; p; p = p.parentElement) {
    const b = p.getBoundingClientRect();
    if (p.scrollHeight > p.clientHeight + 1 && (y < b.top || y > b.bottom)) return false;
  }
  return true;
}

describe("mentions in the reader", () => {
  test("names in the text (either script) are marked and select their entity", async () => {
    const { page } = await app.open("?source=why-openai-first");
    const text = page.getByTestId("source-text");
    const mention = text.locator('button.mention[data-node="saining-xie"]').first();
    await mention.waitFor();
    expect(await mention.textContent()).toBe("謝賽甯");
    await mention.click();
    await expect.poll(() => new URL(page.url()).searchParams.get("node")).toBe("saining-xie");
    await expect.poll(() => page.locator("#node-title").textContent()).toContain("Saining Xie");
    await page.close();
  });

  test("a suggested sentence says which two entities it names", async () => {
    const { page } = await app.open("?source=nbd-sora-team");
    const suggestion = page.getByTestId("suggestion").first();
    await suggestion.waitFor();
    expect(await suggestion.getAttribute("title")).toMatch(
      /^Names .+ and .+; no relation cites this sentence/,
    );
    expect(await suggestion.locator("button.mention").count()).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  test("an entity's panel lists its passages; one opens the reader at that place", async () => {
    const { page } = await app.open("?node=saining-xie");
    const section = page.getByTestId("node-mentions");
    await section.waitFor();
    expect(await section.textContent()).toMatch(/\d+ mentions?/);
    const passage = section.locator("button.passage").first();
    const name = await passage.locator("mark.match").textContent();
    await passage.click();
    await expect.poll(() => page.getByTestId("reader-quote").textContent()).toBe(name);
    await page.close();
  });
});
