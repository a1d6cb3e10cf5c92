// The editor (?edit=1), from an empty page to a data folder that npm run data:check and
// npm run bundle accept: paste an article, cite three relations (one hedged) and a fact, reload,
// export the zip; then check and bundle the unzipped folder and open it to find the quotes.
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/model/types.ts";
import { setupApp } from "./app.ts";
import { serveStatic } from "./staticServer.ts";

const app = setupApp();
const ARTICLE = readFileSync("tests/fixtures/editor/article.txt", "utf8");
const work = mkdtempSync(join(tmpdir(), "qg-editor-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Select the `nth` occurrence of `words` in the source text, as a reader's drag would. */
async function select(page: Page, words: string, nth = 1) {
  await page.evaluate(
    ([w, n]) => {
      const root = document.querySelector(".source-text");
      if (!root) throw new Error("no source text");
      const full = root.textContent ?? "";
      let at = -1;
      for (let i = 0; i < n; i++) at = full.indexOf(w, at + 1);
      if (at < 0) throw new Error(`"${w}" not shown`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const len = t.textContent?.length ?? 0;
        if (at >= seen && at <= seen + len) range.setStart(t, at - seen);
        if (at + w.length >= seen && at + w.length <= seen + len) {
          range.setEnd(t, at + w.length - seen);
          break;
        }
        seen += len;
      }
      const sel = document.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
    },
    [words, nth] as const,
  );
  await page.getByRole("form", { name: "Cite this passage" }).waitFor();
}

/** Pick an end: an existing entity by a name it has, or a new one created with these fields. */
async function pickEntity(
  page: Page,
  end: "From" | "To" | "About",
  name: string,
  created?: { type?: string; label: string },
) {
  const box = page.getByRole("group", { name: end });
  await box.getByRole("textbox").fill(name);
  if (!created) {
    await box
      .getByRole("button", { name: new RegExp(name) })
      .first()
      .click();
    return;
  }
  await box.getByRole("button", { name: `New entity “${name}”` }).click();
  if (created.type) await box.getByLabel("Type", { exact: true }).selectOption(created.type);
  await box.getByLabel("Name in English", { exact: true }).fill(created.label);
  await box.getByRole("button", { name: "Create" }).click();
}

async function cite(page: Page, translation: string) {
  const form = page.getByRole("form", { name: "Cite this passage" });
  await form.getByLabel("Translation (ours)").fill(translation);
  await form.getByRole("button", { name: "Cite" }).click();
}

describe("the editor: cite as you read", () => {
  it("builds a data folder from an empty editor that data:check and bundle accept", async () => {
    const { page } = await app.open("?edit=1", { graph: false, width: 1440, height: 900 });
    await page.getByText("No sources yet").waitFor();
    // 1. Paste an article.
    await page.getByLabel("Paste the article's text").fill(ARTICLE);
    await page.getByLabel("Title (as the source gives it)").fill("林晓的故事");
    await page.getByLabel("Title in English (ours)").fill("Lin Xiao's story");
    await page.getByLabel("Outlet").fill("Test Daily");
    await page.getByLabel("Date (YYYY, YYYY-MM or YYYY-MM-DD)").fill("2024-03");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect.poll(() => page.locator(".source-text").textContent()).toBe(ARTICLE);

    // 2. Three relations, one of them hedged, and a fact.
    await select(page, "她2019年毕业于青山大学");
    await pickEntity(page, "From", "林晓", { label: "Lin Xiao" });
    await page.getByLabel("Relation", { exact: true }).selectOption("studied_at");
    await pickEntity(page, "To", "青山大学", { type: "university", label: "Qingshan University" });
    await cite(page, "She graduated from Qingshan University in 2019");

    await select(page, "之后加入了星河实验室");
    await pickEntity(page, "From", "林晓");
    await page.getByLabel("Relation", { exact: true }).selectOption("worked_at");
    await pickEntity(page, "To", "星河实验室", { type: "lab", label: "Galaxy Lab" });
    await cite(page, "then joined Galaxy Lab");

    await select(page, "据说她可能参与了“晨光”项目的开发");
    const form = page.getByRole("form", { name: "Cite this passage" });
    // The passage speculates: the hedge is pre-filled with its words.
    await expect.poll(() => form.getByLabel("The source hedges").isChecked()).toBe(true);
    await expect.poll(() => form.getByLabel("Hedge words").inputValue()).toBe("据说, 可能");
    await pickEntity(page, "From", "Lin");
    await page.getByLabel("Relation", { exact: true }).selectOption("contributed_to");
    await pickEntity(page, "To", "晨光", { type: "project", label: "Dawn" });
    await page.screenshot({ path: "test-results/editor-mid-citation.png" });
    await cite(page, "Reportedly she may have taken part in developing the Dawn project");

    await select(page, "林晓出生于1995年");
    await page.getByLabel("A fact about one entity").check();
    await pickEntity(page, "About", "林晓");
    await page.getByLabel("The fact, in English (ours)").fill("Born in 1995.");
    await cite(page, "Lin Xiao was born in 1995");

    const status = page.locator(".compile-state");
    await expect.poll(() => status.textContent()).toContain("Compiles: 4 entities, 3 relations");
    await page.locator(".editor-graph canvas").first().waitFor();
    await page.screenshot({ path: "test-results/editor-cited.png" });

    // 3. A reload loses nothing.
    await expect
      .poll(() => page.locator(".save-state").textContent())
      .toBe("Saved in this browser");
    await page.reload();
    await expect.poll(() => status.textContent()).toContain("Compiles: 4 entities, 3 relations");
    const items = page.locator(".cited .item .what");
    await expect
      .poll(() => items.allTextContents())
      .toEqual([
        "Lin Xiao — studied at — Qingshan University",
        "Lin Xiao — worked at — Galaxy Lab",
        "Lin Xiao — contributed to — Dawn",
        "Lin Xiao: Born in 1995.",
      ]);

    // Undo takes the last citation back, redo brings it again (the keys do the same).
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => items.count()).toBe(3);
    await page.keyboard.press("Control+Shift+Z");
    await expect.poll(() => items.count()).toBe(4);

    // 4. Export the zip.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export .zip" }).click(),
    ]);
    const zipPath = join(work, "data.zip");
    await download.saveAs(zipPath);
    const folder = join(work, "unzipped");
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zipPath)))) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), bytes);
    }
    expect(readFileSync(join(folder, "data/sources/lin-xiao-s-story.txt"), "utf8")).toBe(ARTICLE);

    // Another browser goes on with the work: the zip, imported, is the same draft.
    const { page: other } = await app.open("?edit=1", { graph: false });
    await other.getByText("No sources yet").waitFor();
    await other.locator("input[type=file][accept='.zip']").setInputFiles(zipPath);
    await expect
      .poll(() => other.locator(".compile-state").textContent())
      .toContain("Compiles: 4 entities, 3 relations");

    // The same checks a maintainer runs, on the folder as unzipped.
    const tsx = (args: string[]) =>
      execFileSync(process.execPath, ["--import", "tsx", ...args], {
        encoding: "utf8",
        stdio: "pipe",
        env: { ...process.env, NODE_ENV: "production", ...rebuild() },
      });
    const checked = tsx(["scripts/dataCheck.ts", join(folder, "data")]);
    expect(checked).toContain("4 nodes, 3 relations (1 hedged, 0 disputed)");
    tsx(["scripts/bundle.ts", join(folder, "data"), "--out", join(work, "site")]);
    const graph = JSON.parse(readFileSync(join(work, "site", "graph.json"), "utf8")) as Dataset;
    const hedged = graph.edges.find((e) => e.type === "contributed_to");
    expect(hedged?.certainty).toBe("hedged");

    // Open the bundle: the edge shows its receipts.
    const site = await serveStatic(join(work, "site"));
    try {
      const { page: bundled } = await app.visit(`${site.url}?edge=${hedged?.id ?? ""}`);
      const panel = bundled.locator(".edge-panel");
      await expect
        .poll(() => panel.textContent(), { timeout: 20_000 })
        .toContain("据说她可能参与了“晨光”项目的开发");
    } finally {
      await site.close();
    }
  }, 240_000);
});

/** The bundle reuses the app built in dist-app/: rebuild it when dist/ is newer (see textIsText). */
function rebuild(): Record<string, string> {
  const stale =
    existsSync("dist/index.html") &&
    existsSync("dist-app/index.html") &&
    statSync("dist/index.html").mtimeMs > statSync("dist-app/index.html").mtimeMs;
  return stale ? { QUOTEGRAPH_REBUILD_APP: "1" } : {};
}
