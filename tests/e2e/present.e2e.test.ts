import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import type { Dataset } from "../../src/model/types.ts";
import { setupApp } from "./app.ts";
import { labelPx, stateOf, waitForGraph, watchConsole } from "./browser.ts";

const app = setupApp();
const dataset = JSON.parse(readFileSync("dist/graph.json", "utf8")) as Dataset;
const story = dataset.stories?.find((s) => s.id === "sora");
const stepOf = (url: string) => Number(new URL(url).searchParams.get("step"));

describe("presentation", () => {
  test("clicker keys walk the story; the step is in the URL; labels are large on stage", async () => {
    expect(story?.steps.length).toBeGreaterThan(3);
    const { page, problems } = await app.open("?present=sora", { width: 1920, height: 1080 });
    const heading = page.getByTestId("stage").getByRole("heading", { level: 2 });
    await expect.poll(() => heading.textContent()).toBe(story?.steps[0]?.title);
    for (const [key, step] of [
      ["ArrowRight", 2],
      ["Space", 3],
      ["PageDown", 4],
      ["ArrowLeft", 3],
      ["PageUp", 2],
      ["End", story?.steps.length],
      ["Home", 1],
    ] as const) {
      await page.keyboard.press(key);
      await expect.poll(() => stepOf(page.url())).toBe(step);
      await expect.poll(() => heading.textContent()).toBe(story?.steps[(step ?? 1) - 1]?.title);
    }
    const focus = story?.steps[0]?.nodes[0] ?? "";
    await expect.poll(() => stateOf(page, focus)).toBe("emphasised");
    await expect.poll(() => labelPx(page, focus)).toBeGreaterThanOrEqual(24);
    await page.screenshot({ path: "test-results/present.png" });
    await page.keyboard.press("Escape");
    await expect.poll(() => new URL(page.url()).searchParams.has("present")).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("a link opens the story at its step, and the presenter window stays in sync", async () => {
    const context = await app.newContext();
    const audience = await context.newPage();
    const problems = watchConsole(audience);
    await audience.goto(app.url("?present=sora&step=3"));
    await waitForGraph(audience);
    const presenter = await context.newPage();
    await presenter.goto(app.url("?present=sora&step=3&presenter=1"));
    await expect
      .poll(() => presenter.getByTestId("notes").textContent())
      .toBe(story?.steps[2]?.notes ?? "");
    expect(await presenter.getByTestId("presenter").textContent()).toContain(
      story?.steps[3]?.title,
    );
    await expect.poll(() => presenter.getByTestId("timer").textContent()).toMatch(/^00:0\d$/);

    await presenter.getByRole("button", { name: "Next →" }).click();
    await expect.poll(() => stepOf(audience.url())).toBe(4);
    await audience.keyboard.press("ArrowRight");
    await expect.poll(() => stepOf(presenter.url())).toBe(5);
    await expect
      .poll(() => presenter.getByTestId("notes").textContent())
      .toBe(story?.steps[4]?.notes ?? "");
    expect(problems).toEqual([]);
    await context.close();
  });

  test("an unknown story or step is ignored with a notice", async () => {
    const { page, problems } = await app.open("?present=sora&step=99");
    expect(stepOf(page.url())).toBe(1);
    const other = await app.open("?present=nope");
    expect(await other.page.getByTestId("notices").textContent()).toContain("present=nope");
    expect([...problems, ...other.problems]).toEqual([]);
    await page.close();
    await other.page.close();
  });
});
