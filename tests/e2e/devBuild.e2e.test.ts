import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { expect, test } from "vitest";
import { setupApp } from "./app.ts";
import { pointOf, settle } from "./browser.ts";

// Regression: in development React's StrictMode mounts twice and destroys the first Cytoscape
// instance; the canvas once kept that dead instance and crashed on the first deep link.
const app = setupApp({
  async root() {
    const out = mkdtempSync(join(tmpdir(), "qg-dev-"));
    await build({ mode: "development", logLevel: "silent", build: { outDir: out, minify: false } });
    return out;
  },
});

test("a development build opens a deep link and takes canvas clicks", async () => {
  const { page } = await app.open("?edge=will-depue--studied_at--umich");
  await expect.poll(() => page.getByTestId("quote").count()).toBe(2);
  await settle(page);
  const p = await pointOf(page, "will-depue");
  await page.mouse.click(p.x, p.y);
  await expect.poll(() => page.locator("#node-title").textContent()).toContain("Will DePue");
  await page.close();
});
