// Tests about the built-in Sora data (data/): who is linked to whom, the dates the articles give,
// the names a reader searches for, and the Sora story. The algorithms have their own tests on
// hand-made networks beside their code; this file is the one place that reads data/, so editing
// an article's evidence can fail only here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildDataset } from "../../scripts/buildDataset.ts";
import { NO_FILTERS, visibleElements } from "../../src/model/filters.ts";
import { neighbourhood } from "../../src/model/neighbourhood.ts";
import { pathEdges, shortestPaths, type PathHop } from "../../src/model/paths.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { createSearch } from "../../src/model/search.ts";
import { compileStories } from "../../src/model/stories.ts";
import { datasetYearRange, edgeYears } from "../../src/model/years.ts";

const built = buildDataset("data");
if (!built.ok) throw new Error(built.problems.map(formatProblem).join("\n"));
const sora = built.dataset;
const edges = new Map(sora.edges.map((e) => [e.id, e]));

/** Every hop's edge joins the hop's two nodes, and the hops chain from `from` to `to`. */
function expectWellFormed(path: PathHop[], from: string, to: string) {
  path.forEach((hop, i) => {
    const e = edges.get(hop.edgeId);
    expect([e?.source, e?.target].sort()).toEqual([hop.from, hop.to].sort());
    expect(hop.from).toBe(i === 0 ? from : path[i - 1]?.to);
  });
  expect(path[path.length - 1]?.to).toBe(to);
}

describe("the Sora network", () => {
  test("Sora's neighbours: its lab, its leads and the paper it builds on; Berkeley two hops out", () => {
    const one = neighbourhood(sora, "sora", 1);
    for (const id of ["openai", "tim-brooks", "bill-peebles", "dit"])
      expect(one.nodes).toContain(id);
    const two = neighbourhood(sora, "sora", 2);
    for (const id of one.nodes) expect(two.nodes).toContain(id);
    expect(two.nodes).toContain("uc-berkeley"); // sora ← bill-peebles → uc-berkeley
    expect(one.nodes).not.toContain("uc-berkeley");
  });

  test("Tim Brooks reaches Saining Xie by a few short paths", () => {
    const paths = shortestPaths(sora, "tim-brooks", "saining-xie");
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThanOrEqual(5);
    for (const p of paths) expectWellFormed(p, "tim-brooks", "saining-xie");
  });

  test("Yuandong Tian reaches Will DePue, also without the papers", () => {
    const paths = shortestPaths(sora, "yuandong-tian", "will-depue", { max: 10 });
    expect(paths.length).toBeGreaterThan(0);
    const { edges: shown } = visibleElements(sora, { ...NO_FILTERS, hiddenNodeTypes: ["paper"] });
    const without = shortestPaths(sora, "yuandong-tian", "will-depue", { edges: shown });
    expect(without.length).toBeGreaterThan(0);
    for (const p of without) for (const id of pathEdges(p)) expect(shown.has(id)).toBe(true);
  });

  test("one source alone still shows relations: the Tian interview", () => {
    const others = sora.sources.map((s) => s.id).filter((id) => id !== "tian-interview");
    const v = visibleElements(sora, { ...NO_FILTERS, hiddenSources: others });
    expect(v.edges.size).toBeGreaterThan(0);
  });
});

describe("the dates the articles give", () => {
  test("Tim Brooks's PhD at Berkeley ran 2019–2023; Tian Yuandong has been at FAIR since 2017", () => {
    const phd = edges.get("tim-brooks--studied_at--uc-berkeley");
    expect(phd && edgeYears(phd)).toEqual({ from: 2019, to: 2023 });
    const fair = edges.get("yuandong-tian--worked_at--fair");
    expect(fair && edgeYears(fair)).toEqual({ from: 2017, to: Infinity });
    const range = datasetYearRange(sora);
    expect(range?.min).toBeLessThanOrEqual(2013);
    expect(range?.max).toBeGreaterThanOrEqual(2024);
  });

  test("2019 alone keeps the spans that reach it and drops those that ended before", () => {
    const v = visibleElements(sora, { ...NO_FILTERS, years: { from: 2019, to: 2019 } });
    expect(v.edges.has("tim-brooks--studied_at--uc-berkeley")).toBe(true); // 2019-08..2023-01
    expect(v.edges.has("yuandong-tian--worked_at--fair")).toBe(true); // since 2017
    expect(v.edges.has("li-jing--studied_at--mit")).toBe(true); // 2014..2019
    expect(v.edges.has("tim-brooks--studied_at--cmu")).toBe(false); // 2013..2017
    expect(v.edges.has("ricky-wang--studied_at--uc-berkeley")).toBe(false); // 2013..2016
    expect(v.edges.has("msr-silicon-valley--part_of--microsoft")).toBe(false); // until 2014
  });
});

describe("searching the built-in data", () => {
  const search = createSearch(sora.nodes);
  test.each([
    ["謝賽甯", "saining-xie"],
    ["xie saining", "saining-xie"],
    ["田渊栋", "yuandong-tian"],
    ["peebels", "bill-peebles"],
    ["DALL-E 3", "dalle-3"],
  ])("%s finds %s first (the built graph carries its search keys)", (query, id) =>
    expect(search(query)[0]?.id).toBe(id),
  );
});

describe("the stories in data/stories", () => {
  const files = readdirSync("data/stories")
    .sort()
    .map((name) => ({
      path: `data/stories/${name}`,
      text: readFileSync(join("data/stories", name), "utf8"),
    }));
  const { stories, problems } = compileStories(files, sora);

  test("compile against the real dataset with zero problems", () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(stories.map((s) => s.id)).toContain("sora");
  });

  test("the Sora story has 7 to 10 steps, each focused and most with a quote", () => {
    const story = stories.find((s) => s.id === "sora");
    expect(story?.steps.length).toBeGreaterThanOrEqual(7);
    expect(story?.steps.length).toBeLessThanOrEqual(10);
    for (const step of story?.steps ?? [])
      expect(step.nodes.length + step.edges.length).toBeGreaterThan(0);
    expect(story?.steps.filter((s) => s.quote).length).toBeGreaterThanOrEqual(7);
  });

  test("each step of the Sora story shows the quote it was written for", () => {
    // Quote indices follow the evidence order, which a new source can shift: pin the passages.
    const quotes = (stories.find((s) => s.id === "sora")?.steps ?? []).map((s) =>
      s.quote ? (edges.get(s.quote.edge)?.evidence[s.quote.index]?.quote ?? "(missing)") : null,
    );
    const expected = [
      "Scalable diffusion models with transformers",
      "Saining Xie共同发表",
      "缺少创新性",
      "谷歌DeepMind对NaViT",
      "Sora 之父",
      "DALL-E 3 的共同一作",
      "让他退学就退学",
      "所以是项目的总负责人",
      null,
      "DiT的一作成为了Sora的核心成员",
    ];
    expect(quotes).toHaveLength(expected.length);
    quotes.forEach((q, i) => {
      const want = expected[i];
      if (want === null || want === undefined) expect(q).toBeNull();
      else expect(q).toContain(want);
    });
  });

  test("Chinese text has no space between two Chinese characters (a folded line) and full-width punctuation", () => {
    const han = "\\p{Script=Han}";
    const stray = new RegExp(`${han} ${han}|${han}[,;:?]|[,;:?]${han}`, "u");
    for (const s of stories) {
      for (const zh of [s.titleZh, ...s.steps.flatMap((st) => [st.titleZh, st.captionZh])]) {
        expect(zh).not.toMatch(stray);
      }
    }
  });
});
