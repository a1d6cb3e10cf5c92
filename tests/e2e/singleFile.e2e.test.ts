import { expect, test } from "vitest";
import { setupApp } from "./app.ts";
import { CHINESE_NETWORK, firstHit, openJsonNetwork, pointOf } from "./browser.ts";

// Nothing served: the one file runs from file://, and may fetch nothing but itself.
const app = setupApp({ root: null });

test("the single-file build runs from file:// with the network off and asks for nothing else", async () => {
  // The harness fails the test on any request outside the file (data: and blob: are its own).
  const { page } = await app.open(app.fileUrl("dist-single/index.html"), { offline: true });
  const p = await pointOf(page, "dit--rejected_by--cvpr");
  await page.mouse.click(p.x, p.y);
  await expect.poll(() => page.getByTestId("quote").first().textContent()).toContain("CVR2023");
  await page.close();
});

test("a network opened from the single file is found by its labels as written", async () => {
  // The one file leaves out the pinyin dictionary and script converters (vite.single.config.ts).
  const { page } = await app.open(app.fileUrl("dist-single/index.html"), { offline: true });
  await openJsonNetwork(page, "zh", CHINESE_NETWORK);
  expect(await firstHit(page, "谢赛宁")).toContain("谢赛宁");
  expect(await firstHit(page, "lecun")).toContain("Yann LeCun");
  await page.close();
});
