// An embed whose link names a story's step: the step's caption in the drawer, the camera framing
// the step's nodes beside it, and ← / → to the neighbouring steps.
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { settle } from "./browser.ts";
import { setupApp } from "./app.ts";

const app = setupApp();

type Handle = { pointOf(id: string): { x: number; y: number } | null };
const pointOf = (page: Page, id: string) =>
  page.evaluate((x) => (window as unknown as { __quotegraph: Handle }).__quotegraph.pointOf(x), id);

/** Whether each node's centre is on the canvas, left of the drawer. */
async function besideDrawer(page: Page, ids: string[]) {
  const drawer = await page.getByTestId("story-step").boundingBox();
  const canvas = await page.getByTestId("graph-canvas").boundingBox();
  if (!drawer || !canvas) throw new Error("no drawer or canvas");
  const out: Record<string, boolean> = {};
  for (const id of ids) {
    const p = await pointOf(page, id);
    out[id] = Boolean(
      p && p.x > canvas.x && p.x < drawer.x && p.y > canvas.y && p.y < canvas.y + canvas.height,
    );
  }
  return out;
}

describe("an embed of a story's step", () => {
  test("opens on the step's caption, the step framed beside it", async () => {
    const { page } = await app.open("?present=sora&step=3&embed=1", {
      width: 600,
      height: 560,
    });
    const card = page.getByTestId("story-step");
    await expect
      .poll(() => card.getByRole("heading").textContent())
      .toBe("Rejected, then accepted");
    expect(await card.textContent()).toContain("Step 3 of 10");
    await settle(page);
    const ids = ["dit", "cvpr", "iccv", "yann-lecun"];
    expect(await besideDrawer(page, ids)).toEqual(Object.fromEntries(ids.map((id) => [id, true])));
    await page.screenshot({ path: "test-results/embed-story-step3.png" });

    await card.getByRole("button", { name: /Next/ }).click();
    await expect
      .poll(() => card.getByRole("heading").textContent())
      .toBe("NaViT from Google DeepMind");
    await settle(page);
    const next = ["sora", "navit", "vit", "google-deepmind"];
    expect(await besideDrawer(page, next)).toEqual(
      Object.fromEntries(next.map((id) => [id, true])),
    );
    expect(page.url()).toContain("step=4");
    await page.close();
  });
});
