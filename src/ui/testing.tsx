// Shared set-up for the jsdom tests of src/ui and src/app: a fresh store before each test, the
// rendered trees unmounted after it, and a small dataset with real text (sources, quotes, hedges).
// Import it first in a test file marked `// @vitest-environment jsdom`.
import { afterEach, beforeEach, vi } from "vitest";
import { cleanup, configure } from "@testing-library/react";
import { makeDataset } from "../model/testDataset.ts";
import type { Dataset } from "../model/types.ts";
import { useAppStore } from "../state/store.ts";

// Lazy panels load their modules on first use, and a user's clicks are simulated event by event:
// on a busy machine (npm test runs files in parallel) that takes a while. No test asserts a time.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 20_000 });

const initial = useAppStore.getState();
beforeEach(() => {
  useAppStore.setState(initial, true);
  media.clear();
});
afterEach(cleanup);

// jsdom has no matchMedia: every query is false until a test says otherwise with setMedia.
const media = new Map<string, boolean>();
const mediaListeners = new Set<() => void>();
if (typeof window !== "undefined")
  window.matchMedia = (query: string) =>
    ({
      media: query,
      matches: media.get(query) ?? false,
      addEventListener: (_: string, l: () => void) => mediaListeners.add(l),
      removeEventListener: (_: string, l: () => void) => mediaListeners.delete(l),
    }) as unknown as MediaQueryList;

// Nor does it open dialogs: showModal and close set and remove `open`.
const dialog = typeof HTMLDialogElement === "undefined" ? null : HTMLDialogElement.prototype;
if (dialog && typeof dialog.showModal !== "function") {
  dialog.showModal = function (this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  dialog.close = function (this: HTMLDialogElement) {
    this.removeAttribute("open");
  };
}

// Nor does it scroll, or observe sizes (a test that needs resizes stubs its own observer).
if (typeof window !== "undefined") {
  Element.prototype.scrollIntoView ??= () => undefined;
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

/** Makes a media query match (or not) and tells its listeners; call inside act() once rendered. */
export function setMedia(query: string, matches: boolean) {
  media.set(query, matches);
  for (const l of mediaListeners) l();
}

/** Text a source quotes from: two sentences, the second holding the quote. */
export const SOURCE_TEXT = "背景介绍。Tim Brooks 可能 joined OpenAI in 2023。后来的事。";
export const QUOTE = "Tim Brooks 可能 joined OpenAI in 2023";

/**
 * tim → openai (worked_at, hedged, two sources), tim → sora (contributed_to, stated),
 * bill → sora (contributed_to, disputed: one supports, one contradicts); labels in two scripts.
 */
export function storyDataset(): Dataset {
  const d = makeDataset({
    nodes: [
      ["tim", "person"],
      ["openai", "company"],
      ["sora", "project"],
      ["bill", "person"],
    ],
    edges: [
      ["tim", "worked_at", "openai", { certainty: "hedged", sources: ["wired", "blog"] }],
      ["tim", "contributed_to", "sora", { sources: ["wired"] }],
      ["bill", "contributed_to", "sora", { certainty: "disputed", sources: ["wired", "blog"] }],
    ],
  });
  const start = SOURCE_TEXT.indexOf(QUOTE);
  for (const s of d.sources) {
    s.text = SOURCE_TEXT;
    s.language = "en";
  }
  const [blog, wired] = d.sources;
  Object.assign(must(wired), { title: "Wired story", publisher: "Wired", published: "2024-02-15" });
  Object.assign(must(blog), { title: "个人博客", titleEn: "A blog", publisher: "Blogger" });
  for (const e of d.edges)
    for (const ev of e.evidence)
      Object.assign(ev, { quote: QUOTE, start, end: start + QUOTE.length, translation: "T." });
  const hedged = must(must(d.edges[0]).evidence[0]);
  Object.assign(hedged, { hedged: true, hedgeWords: ["可能"], note: "A note on the hedge." });
  Object.assign(must(must(d.edges[2]).evidence[1]), { contradicts: true, translation: "Denied." });
  const [tim, openai, sora] = d.nodes;
  Object.assign(must(tim), { label: "Tim Brooks", labelZh: "蒂姆·布鲁克斯", aliases: ["Timothy"] });
  Object.assign(must(openai), { label: "OpenAI", summary: "A lab." });
  Object.assign(must(sora), { label: "Sora", labelZh: "索拉" });
  return d;
}

/** An element's text as a reader sees it: runs of spaces as one, no spaces at the ends. */
export const textOf = (el: Element | null | undefined): string =>
  (el?.textContent ?? "").replace(/\s+/g, " ").trim();

/** storyDataset() with a story "origins": a caption-only step, then a step with a quote (two cards). */
export function withStory(): Dataset {
  const d = storyDataset();
  d.stories = [
    {
      id: "origins",
      title: "Origins",
      titleZh: "起源",
      steps: [
        {
          title: "The lab",
          titleZh: "实验室",
          caption: "Where it began.",
          captionZh: "起点。",
          nodes: ["openai"],
          edges: [],
        },
        {
          title: "The hire",
          titleZh: "加入",
          caption: "Tim joins.",
          captionZh: "蒂姆加入。",
          nodes: ["tim", "openai"],
          edges: ["tim--worked_at--openai"],
          quote: { edge: "tim--worked_at--openai", index: 1 },
        },
      ],
    },
  ];
  return d;
}

/** The value, which the test expects to be there: fails the test, by name, where it is not. */
export function must<T>(value: T | null | undefined, what = "a value"): T {
  if (value === null || value === undefined)
    throw new Error(`expected ${what}, found ${String(value)}`);
  return value;
}
