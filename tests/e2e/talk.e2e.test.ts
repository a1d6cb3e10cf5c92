import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import type { Dataset } from "../../src/model/types.ts";
import { setupApp } from "./app.ts";

// Every card of every story's steps, at the sizes of the projectors a talk meets: nothing
// scrolls, nothing is clipped, no text leaves its card or the stage, the card covers none of the
// step's nodes or labels, and the type stays readable from the back of a room.
const app = setupApp();
const dataset = JSON.parse(readFileSync("dist/graph.json", "utf8")) as Dataset;
const stories = dataset.stories ?? [];
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** What is wrong with the stage as drawn now, one line per problem (run in the page). */
function auditStage(focus: string[]): string[] {
  type Box = { left: number; top: number; right: number; bottom: number };
  const problems: string[] = [];
  const eps = 0.5;
  const inside = (r: Box, b: Box) =>
    r.left >= b.left - eps &&
    r.top >= b.top - eps &&
    r.right <= b.right + eps &&
    r.bottom <= b.bottom + eps;
  const overlap = (a: Box, b: Box) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""}`;
  const viewport = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
  const stage = document.querySelector('[data-testid="stage"]');
  if (!stage) return ["no stage"];
  const cards = [...stage.querySelectorAll(".stage-caption")];
  if (cards.length === 0) problems.push("no caption card");
  for (const card of cards) {
    for (const el of [card, ...card.querySelectorAll("*")]) {
      if (getComputedStyle(el).display.startsWith("inline") || !(el instanceof HTMLElement))
        continue;
      if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
        problems.push(
          `${name(el)} clips its content: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`,
        );
    }
  }
  const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const text = t.textContent?.trim() ?? "";
    if (!text) continue;
    const range = document.createRange();
    range.selectNodeContents(t);
    const card = t.parentElement?.closest(".stage-caption");
    const cardBox = card?.getBoundingClientRect();
    for (const r of range.getClientRects()) {
      if (r.width === 0) continue;
      if (!inside(r, viewport)) problems.push(`"${text.slice(0, 30)}" is off stage`);
      else if (cardBox && !inside(r, cardBox))
        problems.push(`"${text.slice(0, 30)}" is outside its card`);
    }
  }
  const controls = stage.querySelector(".stage-controls")?.getBoundingClientRect();
  const handle = (
    window as unknown as {
      __quotegraph: {
        pointOf(id: string): { x: number; y: number } | null;
        labelBox(id: string): { x1: number; y1: number; x2: number; y2: number } | null;
        labelDrawn(id: string): boolean | null;
      };
    }
  ).__quotegraph;
  for (const card of cards) {
    const box = card.getBoundingClientRect();
    if (controls && overlap(box, controls)) problems.push("the card covers the stage's buttons");
    for (const id of focus) {
      const p = handle.pointOf(id);
      const l = handle.labelBox(id);
      if (!p) problems.push(`${id} is not drawn`);
      else if (!inside({ left: p.x, top: p.y, right: p.x, bottom: p.y }, viewport))
        problems.push(`${id} is off stage`);
      else if (inside({ left: p.x, top: p.y, right: p.x, bottom: p.y }, box))
        problems.push(`the card covers ${id}`);
      if (
        l &&
        handle.labelDrawn(id) &&
        overlap({ left: l.x1, top: l.y1, right: l.x2, bottom: l.y2 }, box)
      )
        problems.push(`the card covers ${id}'s label`);
    }
  }
  return problems;
}

/** The step (1-based, from the address) and the text of the card on stage now. */
const placeOf = async (page: Page) =>
  `${new URL(page.url()).searchParams.get("step")} ${await page
    .locator(".stage-caption")
    .allTextContents()}`;

/** Presses → or ← (the clicker's Next or Previous); false at an end, when nothing changes. */
async function advance(page: Page, key: "ArrowRight" | "ArrowLeft") {
  const before = await placeOf(page);
  await page.keyboard.press(key);
  for (let i = 0; i < 15; i++) {
    await nextFrame(page);
    if ((await placeOf(page)) !== before) return true;
  }
  return false;
}

/** Waits until the focus's labels stop changing (they are resized and placed after the camera moves). */
async function labelsSettled(page: Page, focus: string[]) {
  const labels = () =>
    page.evaluate(
      (ids) =>
        JSON.stringify(
          ids.map((id) => {
            const h = (
              window as unknown as {
                __quotegraph: { labelBox(id: string): unknown; labelDrawn(id: string): unknown };
              }
            ).__quotegraph;
            return [h.labelBox(id), h.labelDrawn(id)];
          }),
        ),
      focus,
    );
  let last = "";
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(100);
    const now = await labels();
    if (now === last) return;
    last = now;
  }
}

/** The card's height as a share of the stage's. */
const cardShare = (page: Page) =>
  page.evaluate(
    () => (document.querySelector(".stage-caption")?.scrollHeight ?? 0) / window.innerHeight,
  );

const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));

describe("a talk's stage", () => {
  for (const story of stories) {
    for (const size of SIZES) {
      for (const lang of ["en", "zh"] as const) {
        test(`${story.id}: every card fits at ${size.width}×${size.height} (${lang})`, async () => {
          const { page } = await app.open(`?present=${story.id}&step=1&lang=${lang}`, {
            ...size,
            reducedMotion: true,
          });
          const found: string[] = [];
          const cut = new Set<number>();
          const labels: string[] = [];
          let tallest = 0;
          // Forward through every card (screenshots of each), then, in English, back (the camera
          // comes from the other side), as a clicker would.
          const keys =
            lang === "en" ? (["ArrowRight", "ArrowLeft"] as const) : (["ArrowRight"] as const);
          for (const key of keys) {
            let card = 0;
            let last = 0;
            for (let more = true; more;) {
              await nextFrame(page);
              const n = Number(new URL(page.url()).searchParams.get("step"));
              card = n === last ? card + 1 : 1;
              last = n;
              const step = story.steps[n - 1];
              const edges = dataset.edges.filter((e) => step?.edges.includes(e.id));
              const focus = [
                ...new Set([...(step?.nodes ?? []), ...edges.flatMap((e) => [e.source, e.target])]),
              ];
              await labelsSettled(page, focus);
              const wrong = await page.evaluate(auditStage, focus);
              tallest = Math.max(tallest, await cardShare(page));
              // A label the card covers is reported, not failed: where labels go is the graph's
              // (the label placer does not know the card, and may put a label beside its node).
              const where = (w: string) => `${key} step ${n} card ${card}: ${w}`;
              labels.push(...wrong.filter((w) => w.endsWith("'s label")).map(where));
              const hard = wrong.filter((w) => !w.endsWith("'s label"));
              if (hard.length) cut.add(n);
              found.push(...hard.map(where));
              if (lang === "en" && key === "ArrowRight") {
                const shot = `test-results/talk-${size.width}x${size.height}-step${n}-card${card}.png`;
                await page.screenshot({ path: shot });
              }
              more = await advance(page, key);
            }
          }
          console.log(
            `${story.id} ${size.width}×${size.height} ${lang}: ${story.steps.length - cut.size} of ${story.steps.length} steps fit; the tallest card takes ${Math.round(tallest * 100)}% of the stage's height`,
          );
          if (labels.length) console.log(`labels under the card: ${labels.join("; ")}`);
          expect(found).toEqual([]);
          await page.close();
        }, 90_000);
      }
    }
  }

  test("going full screen (a larger window) keeps the card whole and the step beside it", async () => {
    const story = stories[0];
    const step = story?.steps.findIndex((x) => x.quote && x.nodes.length > 1) ?? 0;
    const { page } = await app.open(`?present=${story?.id}&step=${step + 1}`, {
      width: 1024,
      height: 768,
      reducedMotion: true,
    });
    await page.keyboard.press("ArrowRight");
    const focus = story?.steps[step]?.nodes ?? [];
    for (const size of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ]) {
      await page.setViewportSize(size);
      await labelsSettled(page, focus);
      const wrong = await page.evaluate(auditStage, focus);
      expect(wrong.filter((w) => !w.endsWith("'s label"))).toEqual([]);
    }
    await page.close();
  });

  test("at 1080p the body is ≥ 28 px and the citation ≥ 18 px", async () => {
    const story = stories.find((s) => s.steps.some((x) => x.quote));
    const at = (story?.steps.findIndex((x) => x.quote) ?? 0) + 1;
    const { page } = await app.open(`?present=${story?.id}&step=${at}`, {
      width: 1920,
      height: 1080,
    });
    const px = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await px(".stage-caption .stage-text")).toBeGreaterThanOrEqual(28);
    for (let i = 0; i < 2 && (await page.locator(".stage-caption .source-line").count()) === 0; i++)
      await page.keyboard.press("ArrowRight");
    expect(await px(".stage-caption .source-line")).toBeGreaterThanOrEqual(18);
    expect(await px(".stage-caption .translation")).toBeGreaterThanOrEqual(28);
    await page.close();
  });
});
