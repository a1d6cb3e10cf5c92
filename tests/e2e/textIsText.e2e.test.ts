// Text is text: nothing from data or from the address bar is ever rendered as HTML. A bundle of
// tests/fixtures/hostile/data, whose every free-text field (and source text, so every quote) is
// markup, script or template syntax, is served and visited in every view. In each one the hostile
// strings must show literally as text, no payload may run (window.__pwned stays undefined, no
// dialog), no element or attribute may come from data, and the console stays clean.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Dataset } from "../../src/model/types.ts";
import { setupApp } from "./app.ts";
import { pointOf } from "./browser.ts";

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = "<script>window.__pwned=2</script>";
const SVG = '"><svg onload=window.__pwned=3>';
const JS = "javascript:window.__pwned=4";
const TEMPLATE = "{{constructor.constructor('window.__pwned=5')()}}";
const ENTITY = "&lt;b&gt;not bold&lt;/b&gt;";
const IFRAME = '<iframe src="javascript:window.__pwned=7"></iframe>';
const STYLE = "<style>body{display:none}</style>";

/**
 * Elements and attributes that only data could have created. The app itself has none of these
 * but one: its scripts are type="module" with src, except the inline data request that
 * index.html itself carries (`ownScripts`, taken from the served file and allowed verbatim), its
 * icons are <svg> without handlers, and its only <style> is the one Cytoscape adds
 * (#__________cytoscape_stylesheet); the rest are <link>s.
 */
const INJECTED = [
  "img[src=x]",
  "svg[onload]",
  "script:not([src]):not([type='application/json'])",
  "iframe",
  "marquee",
  "style:not(#__________cytoscape_stylesheet)",
  "[onerror]",
  "[onload]",
  "a[href^='javascript:' i]",
].join(", ");

let bundleDir: string;
let dataset: Dataset;
let ownScripts: string[];

// The harness serves the bundle it makes, and fails a test on any console problem or dialog.
const app = setupApp({ root: bundleHostile });

function bundleHostile() {
  bundleDir = mkdtempSync(join(tmpdir(), "qg-hostile-"));
  // The bundle reuses the app built in dist-app/; rebuild it when dist/ is newer, so that the test
  // sees the code under test (`vite build` runs before the browser tests). Vitest sets
  // NODE_ENV=test, which Vite would inherit and turn into a development build: say production.
  const stale =
    existsSync("dist/index.html") &&
    existsSync("dist-app/index.html") &&
    statSync("dist/index.html").mtimeMs > statSync("dist-app/index.html").mtimeMs;
  execFileSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/bundle.ts",
      "tests/fixtures/hostile/data",
      "--out",
      join(bundleDir, "site"),
    ],
    {
      encoding: "utf8",
      stdio: "pipe",
      env: {
        ...process.env,
        NODE_ENV: "production",
        ...(stale ? { QUOTEGRAPH_REBUILD_APP: "1" } : {}),
      },
    },
  );
  return join(bundleDir, "site");
}

beforeAll(() => {
  dataset = JSON.parse(readFileSync(join(bundleDir, "site", "graph.json"), "utf8")) as Dataset;
  const page = readFileSync(join(bundleDir, "site", "index.html"), "utf8");
  ownScripts = [...page.matchAll(/<script>[^<]*<\/script>/g)].map((m) => m[0]);
  expect(ownScripts).toHaveLength(1);
});

afterAll(() => {
  rmSync(bundleDir, { recursive: true, force: true });
});

interface Visit {
  page: Page;
  problems: string[];
}

async function open(query = "", options: { graph?: boolean } = {}): Promise<Visit> {
  const visit = await app.open(query, options);
  if (options.graph === false)
    await visit.page.waitForSelector(".app, .stage-app, .presenter, .embed");
  return visit;
}

/** (a) every string shows literally as text, (b) nothing ran, (c) nothing was parsed, (d) no errors. */
async function expectText({ page, problems }: Visit, strings: readonly string[]) {
  for (const s of strings) {
    await expect.poll(() => page.evaluate(() => document.body.textContent ?? "")).toContain(s);
  }
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  const injected = await page.evaluate(
    (q) => [...document.querySelectorAll(q)].map((el) => el.outerHTML),
    INJECTED,
  );
  expect(injected.filter((html) => !ownScripts.includes(html))).toEqual([]);
  const handlers = await page.evaluate(() =>
    [...document.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith("on")).map((a) => a.name),
    ),
  );
  expect(handlers).toEqual([]);
  expect(problems).toEqual([]);
}

const node = (id: string) => dataset.nodes.find((n) => n.id === id);
const edge = (id: string) => dataset.edges.find((e) => e.id === id);
const source = (id: string) => dataset.sources.find((s) => s.id === id);
const must = <T>(x: T | undefined): T => {
  if (x === undefined) throw new Error("missing from the hostile fixture");
  return x;
};

describe("text is text", () => {
  test("the fixture is hostile where it matters", () => {
    const alice = must(node("alice"));
    expect(alice.label).toContain(IMG);
    expect(alice.labelZh).toContain(SCRIPT);
    expect(alice.aliases).toContain(TEMPLATE);
    expect(must(source("hostile-news")).text).toContain(IFRAME);
    expect(must(edge("bob--related_to--evil-corp")).label).toContain(SCRIPT);
  });

  test("the explorer: a node clicked on the canvas, its panel, facts and quotes", async () => {
    const visit = await open();
    const { page } = visit;
    // The canvas draws the hostile label as text and places the node where the handle says.
    const p = await pointOf(page, "alice");
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => new URL(page.url()).searchParams.get("node")).toBe("alice");
    const alice = must(node("alice"));
    const fact = must(alice.facts?.[0]);
    await expectText(visit, [
      alice.label,
      must(alice.labelZh),
      alice.aliases.join(" · "),
      must(alice.summary),
      fact.text,
      ...fact.evidence.flatMap((e) => [e.quote, e.translation]),
      `Note: ${must(fact.evidence[0]?.note)}`,
      must(node("evil-corp")).label,
      must(node("hostile-paper")).label,
      must(node("iframe-university")).label,
      must(source("hostile-news")).title,
      must(source("hostile-news")).publisher,
    ]);
    expect(await page.locator("#node-title").textContent()).toBe(
      `${alice.label} ${must(alice.labelZh)}`,
    );
    expect(await page.getByTestId("status").textContent()).toContain(alice.label);
    await page.close();

    // In Chinese the heading leads with labelZh, still as text.
    const zh = await open("?node=alice&lang=zh");
    await expectText(zh, [must(alice.labelZh), alice.label, fact.text]);
    expect(await zh.page.locator("#node-title").textContent()).toBe(
      `${must(alice.labelZh)} ${alice.label}`,
    );
    await zh.page.close();
  });

  test("an edge: quotes in context, translations, notes, role and source line; then the reader", async () => {
    const visit = await open("?edge=alice--worked_at--evil-corp");
    const { page } = visit;
    const e = must(edge("alice--worked_at--evil-corp"));
    const ev = must(e.evidence[0]);
    const news = must(source("hostile-news"));
    await expectText(visit, [
      must(e.role),
      ev.quote,
      ev.translation,
      `Note: ${must(ev.note)}`,
      news.title,
      ` (${must(news.titleEn)})`,
      ` — ${news.publisher}`,
    ]);
    expect(await page.getByTestId("quote").allTextContents()).toEqual([ev.quote]);
    // The sentence around the quote, hostile too, is part of the card, as text.
    expect(await page.locator(".quote-card .context").allTextContents()).toEqual([
      `Alice ${IMG} `,
      " as chief <b>hacker</b>.",
    ]);

    await page.getByRole("button", { name: "Open in source" }).click();
    await expect.poll(() => page.getByTestId("reader-quote").textContent()).toBe(ev.quote);
    expect(await page.getByTestId("source-text").textContent()).toBe(news.text);
    await expectText(visit, [news.text, must(news.author), must(news.note), news.title, ENTITY]);
    await page.close();
  });

  test("a disputed edge with its contradicting note, and an imported relation's own label", async () => {
    const disputed = await open("?edge=alice--studied_at--iframe-university");
    const e = must(edge("alice--studied_at--iframe-university"));
    await expectText(disputed, [
      must(node("iframe-university")).label,
      ...e.evidence.flatMap((x) => [x.quote, x.translation]),
      `Note: ${must(e.evidence.find((x) => x.contradicts)?.note)}`,
      IFRAME,
      STYLE,
    ]);
    expect(await disputed.page.getByTestId("quote").allTextContents()).toEqual(
      e.evidence.map((x) => x.quote),
    );
    await disputed.page.close();

    const related = await open("?edge=bob--related_to--evil-corp");
    const r = must(edge("bob--related_to--evil-corp"));
    await expectText(related, [r.label, must(r.evidence[0]).quote]);
    expect(await related.page.locator("#edge-title").textContent()).toBe(
      `${must(node("bob")).label} ${r.label} ${must(node("evil-corp")).label}`,
    );
    await related.page.close();
  });

  test("the source reader opened from the address, with every source in its picker", async () => {
    const zh = must(source("hostile-zh"));
    const visit = await open("?source=hostile-zh");
    await expectText(visit, [
      zh.text,
      zh.title,
      must(zh.titleEn),
      zh.publisher,
      must(zh.note),
      must(source("hostile-news")).title,
    ]);
    expect(await visit.page.getByTestId("source-text").textContent()).toBe(zh.text);
    await visit.page.close();
  });

  test("the tables", async () => {
    const visit = await open("?mode=table", { graph: false });
    await expectText(visit, [
      ...dataset.nodes.flatMap((n) => [n.label, n.labelZh ?? ""]),
      ...dataset.edges.map((e) => must(e.evidence[0]).quote),
      must(edge("bob--related_to--evil-corp")).label,
    ]);
    await visit.page.getByRole("button", { name: must(node("bob")).label, exact: true }).click();
    await expectText(visit, [must(node("bob")).summary ?? "", ...must(node("bob")).aliases]);
    await visit.page.close();
  });

  test("search lists hostile labels as text and selects them", async () => {
    const visit = await open();
    const { page } = visit;
    await page.keyboard.press("/");
    await page.keyboard.type("Alice <img");
    const alice = must(node("alice"));
    await expect
      .poll(() => page.getByRole("option").first().textContent())
      .toBe(` ${alice.label} ${must(alice.labelZh)}`);
    await expectText(visit, [alice.label, must(alice.labelZh)]);
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.locator("#node-title").textContent())
      .toBe(`${alice.label} ${must(alice.labelZh)}`);
    await page.keyboard.press("/");
    await page.keyboard.type(TEMPLATE.slice(2, 13));
    await expect
      .poll(() => page.getByRole("option").allTextContents())
      .toContain(` ${must(node("hostile-paper")).label}`);
    await expectText(visit, [TEMPLATE]);
    await page.close();
  });

  test("the path finder and the path panel", async () => {
    const visit = await open();
    const { page } = visit;
    await page.getByRole("button", { name: "How is A connected to B?" }).click();
    // Each end by type-ahead: the hostile label is typed, listed as text and taken with Enter.
    for (const [end, id] of [
      ["From", "evil-corp"],
      ["To", "hostile-paper"],
    ] as const) {
      const label = must(node(id)).label;
      const box = page.getByRole("combobox", { name: end, exact: true });
      await box.fill(label);
      await expect.poll(() => page.getByRole("option").first().textContent()).toContain(label);
      await page.keyboard.press("Enter");
      expect(await box.inputValue()).toBe(label);
    }
    await page.getByRole("button", { name: "Find path" }).click();
    const panel = page.getByTestId("path-panel");
    await expect.poll(() => panel.textContent()).toMatch(/shortest paths?, 2 hops/);
    const [corp, paper] = [must(node("evil-corp")).label, must(node("hostile-paper")).label];
    expect(await panel.getByRole("heading", { level: 2 }).textContent()).toBe(`${corp} → ${paper}`);
    // The ends' boxes and the panel show the hostile labels as text.
    await expectText(visit, [
      ...["evil-corp", "hostile-paper", "alice", "bob"].map((id) => must(node(id)).label),
      must(edge("bob--related_to--evil-corp")).label,
    ]);
    await page.close();

    const linked = await open("?path=iframe-university~bob");
    await expect
      .poll(() => linked.page.getByTestId("path-panel").textContent())
      .toMatch(/shortest paths?, 3 hops/);
    await expectText(linked, [must(node("iframe-university")).label, must(node("bob")).label]);
    await linked.page.close();
  });

  test("presentation mode, in English and Chinese, and the presenter view", async () => {
    const story = must(dataset.stories?.find((s) => s.id === "hostile-tour"));
    const [one, two] = [must(story.steps[0]), must(story.steps[1])];
    const stage = await open("?present=hostile-tour&step=1");
    const quote = must(edge("alice--worked_at--evil-corp")?.evidence[0]);
    // A step's quote is on its second card: Next shows it before the next step.
    await expectText(stage, [story.title, one.title, one.caption]);
    await stage.page.keyboard.press("ArrowRight");
    await expectText(stage, [one.title, quote.quote, quote.translation]);
    await stage.page.keyboard.press("ArrowRight");
    await expect.poll(() => new URL(stage.page.url()).searchParams.get("step")).toBe("2");
    const zhQuote = must(edge("bob--authored--hostile-paper")?.evidence[1]);
    await expectText(stage, [two.title, two.caption]);
    await stage.page.keyboard.press("ArrowRight");
    await expectText(stage, [two.title, zhQuote.quote, zhQuote.translation]);
    await stage.page.close();

    const zh = await open("?present=hostile-tour&step=1&lang=zh");
    await expectText(zh, [story.titleZh, one.titleZh, one.captionZh]);
    await zh.page.close();

    const presenter = await open("?present=hostile-tour&step=1&presenter=1", { graph: false });
    await expectText(presenter, [story.title, one.title, must(one.notes)]);
    expect(await presenter.page.getByTestId("notes").textContent()).toBe(one.notes);
    await presenter.page.getByRole("button", { name: "Next →" }).click();
    await expectText(presenter, [two.title]);
    await presenter.page.getByRole("button", { name: "Next →" }).click();
    await expect.poll(() => presenter.page.getByTestId("notes").textContent()).toBe(two.notes);
    await expectText(presenter, [two.title, must(two.notes)]);
    await presenter.page.close();
  });

  test("embed mode: the compact drawer for an edge and for a node", async () => {
    const visit = await open("?edge=alice--worked_at--evil-corp&embed=1");
    const e = must(edge("alice--worked_at--evil-corp"));
    const ev = must(e.evidence[0]);
    await expectText(visit, [
      must(node("alice")).label,
      must(node("evil-corp")).label,
      ev.quote,
      ev.translation,
      must(ev.note),
      must(source("hostile-news")).title,
    ]);
    const href = await visit.page
      .getByRole("link", { name: "Open full view" })
      .getAttribute("href");
    expect(href).toBe("/blog/post/graph/?edge=alice--worked_at--evil-corp");
    await visit.page.close();

    const nodeVisit = await open("?node=bob&embed=1");
    await expectText(nodeVisit, [must(node("bob")).label, must(node("bob")).summary ?? ""]);
    await nodeVisit.page.close();
  });

  test("hostile address parameters become notices, rendered as text", async () => {
    const params = new URLSearchParams([
      ["node", SCRIPT],
      ["source", "hostile-news"],
      ["quote", IMG],
      ["hide", SVG],
      ["lang", JS],
      [TEMPLATE.slice(0, 30), "1"],
    ]);
    const visit = await open(`?${params.toString()}`);
    const notices = visit.page.getByTestId("notices");
    await expectText(visit, [
      `Ignored node=${SCRIPT}: no such entity.`,
      `Ignored quote=${IMG}: not a range inside the source.`,
      `Ignored hide=${SVG}: unknown value.`,
      `Ignored lang=${JS}: expected en or zh.`,
      `Ignored unknown parameter "${TEMPLATE.slice(0, 30)}".`,
    ]);
    expect(await notices.getByRole("listitem").count()).toBe(5);
    // The reader still opens the source; the hostile selection is dropped from the address.
    expect(await visit.page.getByTestId("source-text").textContent()).toBe(
      must(source("hostile-news")).text,
    );
    expect(new URL(visit.page.url()).searchParams.get("node")).toBeNull();
    await visit.page.close();

    const story = await open(
      `?${new URLSearchParams([
        ["present", IFRAME],
        ["edge", `${SCRIPT}--authored--x`],
      ]).toString()}`,
    );
    await expectText(story, [
      `Ignored edge=${`${SCRIPT}--authored--x`.slice(0, 40)}…: no such relation.`,
      `Ignored present=${IFRAME.slice(0, 40)}…: no such story.`,
    ]);
    await story.page.close();
  });
});
