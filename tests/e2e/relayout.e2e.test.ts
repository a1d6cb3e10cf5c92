// Re-run layout on a large network: the multilevel ForceAtlas2 runs in a worker, shows its
// progress, and Stop leaves every node where the layout had got to.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { serialize } from "../../scripts/buildDataset.ts";
import { generateCoauthors, toGexf } from "../../scripts/bench/coauthors.ts";
import { importNetwork } from "../../src/graph/importNetwork.ts";
import { setupApp } from "./app.ts";
import { positionOf } from "./browser.ts";

const NODES = 5_000;
const EDGES = 15_000;

/** dist/ with a generated 5,000-node network (positions from the file) as its graph.json. */
function bundleLarge(): string {
  const dir = mkdtempSync(join(tmpdir(), "quotegraph-relayout-"));
  mkdirSync(dir, { recursive: true });
  cpSync(resolve("dist"), dir, { recursive: true });
  const text = toGexf(generateCoauthors(NODES, EDGES, 3), true);
  const result = importNetwork([{ name: "coauthors.gexf", text }]);
  if (!result.ok) throw new Error("the generated network did not import");
  writeFileSync(join(dir, "graph.json"), serialize(result.dataset));
  return dir;
}

const app = setupApp({ root: bundleLarge });
const SAMPLE = ["a0", "a1", "a17", "a999", "a2500", "a4999"];

describe("re-run layout on a large network", () => {
  test("runs in a worker with progress; Stop keeps the positions reached", async () => {
    const { page } = await app.open();
    const baked = await Promise.all(SAMPLE.map((id) => positionOf(page, id)));
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await page.getByRole("button", { name: "Re-run layout" }).click();
    const status = page.locator(".layout-progress");
    await status.waitFor();
    await expect
      .poll(
        () => status.getByRole("progressbar").evaluate((p) => (p as HTMLProgressElement).value),
        { timeout: 120_000 },
      )
      .toBeGreaterThan(0);
    expect(workers.some((u) => /layoutWorker/.test(u))).toBe(true);
    await status.getByRole("button", { name: "Stop" }).click();
    await status.waitFor({ state: "detached" });
    const stopped = await Promise.all(SAMPLE.map((id) => positionOf(page, id)));
    for (const p of stopped) {
      expect(Number.isFinite(p?.x) && Number.isFinite(p?.y)).toBe(true);
    }
    expect(stopped).not.toEqual(baked);
    // Distinct places: the layout did not collapse them.
    expect(new Set(stopped.map((p) => `${p?.x},${p?.y}`)).size).toBe(SAMPLE.length);
    // Stopped means stopped: nothing moves afterwards.
    await page.waitForTimeout(1500);
    expect(await Promise.all(SAMPLE.map((id) => positionOf(page, id)))).toEqual(stopped);
    await page.getByRole("button", { name: "Baked layout" }).click();
    await expect.poll(() => positionOf(page, "a0"), { timeout: 10_000 }).toEqual(baked[0]);
  }, 180_000);
});
