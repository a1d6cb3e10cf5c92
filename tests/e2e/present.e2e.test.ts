import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import type { Dataset } from "../../src/model/types.ts";
import { setupApp } from "./app.ts";
import { labelPx, stateOf, waitForGraph } from "./browser.ts";

const app = setupApp();
const dataset = JSON.parse(readFileSync("dist/graph.json", "utf8")) as Dataset;
const story = dataset.stories?.find((s) => s.id === "sora");
const stepOf = (url: string) => Number(new URL(url).searchParams.get("step"));

describe("presentation", () => {
  test("clicker keys walk the story card by card; the step is in the URL; labels are large on stage", async () => {
    expect(story?.steps.length).toBeGreaterThan(3);
    expect(
      story?.steps[0]?.quote && story.steps[1]?.quote && story.steps.at(-1)?.quote,
    ).toBeTruthy();
    const { page } = await app.open("?present=sora", { width: 1920, height: 1080 });
    const card = page.getByTestId("stage-card");
    const heading = card.getByRole("heading", { level: 2 });
    await expect.poll(() => heading.textContent()).toBe(story?.steps[0]?.title);
    expect(await card.getAttribute("data-card")).toBe("caption");
    // A step with a quote shows it on a second card: Next pages to it before the next step, and
    // Previous goes back into the previous step's last card.
    const last = story?.steps.length ?? 0;
    for (const [key, step, shows] of [
      ["ArrowRight", 1, "quote"],
      ["Space", 2, "caption"],
      ["PageDown", 2, "quote"],
      ["ArrowLeft", 2, "caption"],
      ["PageUp", 1, "quote"],
      ["End", last, "quote"],
      ["Home", 1, "caption"],
    ] as const) {
      await page.keyboard.press(key);
      await expect.poll(() => card.getAttribute("data-card")).toBe(shows);
      expect(stepOf(page.url())).toBe(step);
      expect(await heading.textContent()).toBe(story?.steps[step - 1]?.title);
    }
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => card.getByTestId("quote").count()).toBe(1);
    const focus = story?.steps[0]?.nodes[0] ?? "";
    await expect.poll(() => stateOf(page, focus)).toBe("emphasised");
    await expect.poll(() => labelPx(page, focus)).toBeGreaterThanOrEqual(24);
    await page.screenshot({ path: "test-results/present.png" });
    await page.keyboard.press("Escape");
    await expect.poll(() => new URL(page.url()).searchParams.has("present")).toBe(false);
    await page.close();
  });

  test("a link opens the story at its step, and the presenter window stays on the same card", async () => {
    const context = await app.newContext();
    const audience = await context.newPage();
    await audience.goto(app.url("?present=sora&step=3"));
    await waitForGraph(audience);
    const shows = () => audience.getByTestId("stage-card").getAttribute("data-card");
    const presenter = await context.newPage();
    await presenter.goto(app.url("?present=sora&step=3&presenter=1"));
    await expect
      .poll(() => presenter.getByTestId("notes").textContent())
      .toBe(story?.steps[2]?.notes ?? "");
    const next = presenter.getByTestId("presenter-next");
    expect(await next.textContent()).toContain("This step’s quote");
    await expect.poll(() => presenter.getByTestId("timer").textContent()).toMatch(/^00:0\d$/);

    await presenter.getByRole("button", { name: "Next →" }).click();
    await expect.poll(shows).toBe("quote");
    expect(stepOf(audience.url())).toBe(3);
    await expect.poll(() => next.textContent()).toContain(story?.steps[3]?.title);
    await presenter.getByRole("button", { name: "Next →" }).click();
    await expect.poll(() => stepOf(audience.url())).toBe(4);
    expect(await shows()).toBe("caption");
    await audience.keyboard.press("ArrowRight");
    await audience.keyboard.press("ArrowRight");
    await expect.poll(() => stepOf(presenter.url())).toBe(5);
    await expect
      .poll(() => presenter.getByTestId("notes").textContent())
      .toBe(story?.steps[4]?.notes ?? "");
    await audience.keyboard.press("ArrowRight");
    await expect
      .poll(() => presenter.getByTestId("presenter").textContent())
      .toContain("card 2 of 2");
    await context.close();
  });

  test("an unknown story or step is ignored with a notice", async () => {
    const { page } = await app.open("?present=sora&step=99");
    expect(stepOf(page.url())).toBe(1);
    const other = await app.open("?present=nope");
    expect(await other.page.getByTestId("notices").textContent()).toContain("present=nope");
    await page.close();
    await other.page.close();
  });
});
