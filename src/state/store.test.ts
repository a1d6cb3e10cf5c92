import { beforeEach, describe, expect, test } from "vitest";
import { makeDataset } from "../model/testDataset.ts";
import type { Story } from "../model/stories.ts";
import { useAppStore, viewOf } from "./store.ts";
import { DEFAULT_VIEW, type ViewState } from "./view.ts";

// One store for the whole app: each test starts from the state it is created with (zustand's
// advice for testing), so no test leaks a selection or a dataset into the next.
const INITIAL = useAppStore.getState();
beforeEach(() => useAppStore.setState(INITIAL, true));

const step = (title: string) => ({
  title,
  titleZh: title,
  caption: "",
  captionZh: "",
  nodes: ["a"],
  edges: [],
});
const TOUR: Story = { id: "tour", title: "Tour", titleZh: "Tour", steps: [step("1"), step("2")] };
const dataset = makeDataset({
  nodes: [
    ["a", "person"],
    ["b", "university"],
  ],
  edges: [["a", "studied_at", "b"]],
  stories: [TOUR],
});
const get = () => useAppStore.getState();

describe("the app store", () => {
  test("a new dataset clears the load error and bumps the version the canvas starts afresh on", () => {
    get().setLoadError("offline");
    get().setDataset(dataset);
    expect(get()).toMatchObject({ dataset, loadError: null, datasetVersion: 1 });
    get().setDataset(makeDataset({ nodes: [] }));
    expect(get().datasetVersion).toBe(2);
  });

  test("opening a file brings the network and its view in one change", () => {
    get().selectNode("a");
    const changes: unknown[] = [];
    const stop = useAppStore.subscribe((s) => changes.push(s.selection));
    get().openDataset(dataset, { ...DEFAULT_VIEW, mode: "table" });
    stop();
    expect(changes).toEqual([null]);
    expect(get()).toMatchObject({ dataset, mode: "table", selection: null, datasetVersion: 1 });
  });

  test("selecting a node or an edge closes the source reader", () => {
    get().openSource("s1", 2, 5);
    expect(get().reader).toEqual({ sourceId: "s1", start: 2, end: 5 });
    get().selectEdge("a--studied_at--b");
    expect(get()).toMatchObject({
      selection: { kind: "edge", id: "a--studied_at--b" },
      reader: null,
    });
    get().openSource("s1");
    expect(get().reader).toEqual({ sourceId: "s1" });
    get().selectNode("b");
    expect(get()).toMatchObject({ selection: { kind: "node", id: "b" }, reader: null });
  });

  test("a quote chosen from search opens its relation with that quote focused, until another selection", () => {
    get().openSource("s1", 2, 5);
    get().selectQuote("a--studied_at--b", 0);
    expect(get()).toMatchObject({
      selection: { kind: "edge", id: "a--studied_at--b" },
      reader: null,
      focusedQuote: { edgeId: "a--studied_at--b", evidence: 0 },
    });
    get().selectEdge("a--studied_at--b");
    expect(get().focusedQuote).toBeNull();
    get().selectQuote("a--studied_at--b", 0);
    get().selectNode("a");
    expect(get().focusedQuote).toBeNull();
    get().selectQuote("a--studied_at--b", 0);
    get().clearSelection();
    expect(get().focusedQuote).toBeNull();
  });

  test("search matches are set while a query is typed and cleared with it; not part of the view", () => {
    get().setSearchMatches({ query: "博士", edges: ["a--studied_at--b"] });
    expect(get().searchMatches).toEqual({ query: "博士", edges: ["a--studied_at--b"] });
    expect(viewOf(get())).not.toHaveProperty("searchMatches");
    get().setSearchMatches(null);
    expect(get().searchMatches).toBeNull();
  });

  test("clearing the selection also drops its focus, 'show only' and the reader", () => {
    get().selectNode("a");
    get().setOnly(true);
    get().openSource("s1");
    get().clearSelection();
    expect(get()).toMatchObject({ selection: null, reader: null, focus: 0, only: false });
  });

  test("'show only' needs a focus: turning it on picks one hop, focus 0 turns it off", () => {
    get().setOnly(true);
    expect(get()).toMatchObject({ only: true, focus: 1 });
    get().setFocus(2);
    expect(get()).toMatchObject({ only: true, focus: 2 });
    get().setFocus(0);
    expect(get()).toMatchObject({ only: false, focus: 0 });
  });

  test("filters change by patch and reset to none", () => {
    get().setFilters({ hiddenNodeTypes: ["paper"] });
    get().setFilters({ hiddenSources: ["s1"] });
    expect(get().filters).toEqual({
      ...DEFAULT_VIEW.filters,
      hiddenNodeTypes: ["paper"],
      hiddenSources: ["s1"],
    });
    get().resetFilters();
    expect(get().filters).toEqual(DEFAULT_VIEW.filters);
  });

  test("the small setters: opening, import problems, reader, style, language, mode, camera", () => {
    const stop = () => undefined;
    get().setOpening({ names: "a.csv + b.csv", stop });
    get().setImportProblems(["a.csv:3: no such column"]);
    expect(get()).toMatchObject({
      opening: { names: "a.csv + b.csv", stop },
      importProblems: ["a.csv:3: no such column"],
    });
    get().setOpening(null);
    expect(get().opening).toBeNull();
    get().openSource("s1");
    get().closeReader();
    expect(get().reader).toBeNull();
    get().setStyle({ color: "community" });
    get().setStyle({ size: "quotes" });
    expect(get().style).toEqual({ color: "community", size: "quotes", width: "same" });
    get().setLang("zh");
    get().setMode("table");
    get().setCamera({ zoom: 2, x: 1, y: -1 });
    expect(get()).toMatchObject({ lang: "zh", mode: "table", camera: { zoom: 2, x: 1, y: -1 } });
    get().setCamera(null);
    expect(get().camera).toBeNull();
  });

  test("a path is shown and cleared", () => {
    get().showPath("a", "b");
    expect(get().path).toEqual({ from: "a", to: "b" });
    get().clearPath();
    expect(get().path).toBeNull();
  });

  test("a story starts at its first step, in the audience's view, without a selection", () => {
    get().setDataset(dataset);
    get().selectNode("a");
    get().applyView({ ...viewOf(get()), presenter: true });
    get().startStory("tour");
    expect(get()).toMatchObject({
      present: { story: "tour", step: 0 },
      presenter: false,
      selection: null,
      reader: null,
    });
    get().stopStory();
    expect(get()).toMatchObject({ present: null, presenter: false });
  });

  test("going to a step stays within the story's steps", () => {
    get().setDataset(dataset);
    get().startStory("tour");
    get().goToStep(5);
    expect(get().present).toEqual({ story: "tour", step: 1 });
    get().goToStep(-3);
    expect(get().present).toEqual({ story: "tour", step: 0 });
  });

  test("going to a step does nothing outside a story, or for a story the data lacks", () => {
    get().setDataset(dataset);
    get().goToStep(1);
    expect(get().present).toBeNull();
    get().startStory("missing");
    get().goToStep(1);
    expect(get().present).toEqual({ story: "missing", step: 0 });
  });

  test("notices pile up and are dismissed one by one", () => {
    get().addNotices(["one", { text: "two", details: ["a note"] }]);
    get().addNotices(["three"]);
    get().dismissNotice(1);
    expect(get().notices).toEqual(["one", "three"]);
  });

  test("layout runs count up, and restoring the baked layout sets zero", () => {
    get().rerunLayout();
    get().rerunLayout();
    expect(get().layoutRun).toBe(2);
    get().restoreLayout();
    expect(get().layoutRun).toBe(0);
  });

  test("the first draw is remembered", () => {
    expect(get().graphDrawn).toBe(false);
    get().setGraphDrawn();
    expect(get().graphDrawn).toBe(true);
  });

  test("viewOf gives exactly the shareable view, which applyView puts back", () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      selection: { kind: "node", id: "a" },
      focus: 2,
      lang: "zh",
      camera: { zoom: 2, x: 1, y: 3 },
    };
    get().applyView(view);
    get().setOpening({ names: "net.json", stop: () => undefined });
    expect(viewOf(get())).toEqual(view);
    expect(Object.keys(viewOf(get())).sort()).toEqual(Object.keys(DEFAULT_VIEW).sort());
  });

  test("each test starts from the initial state", () => {
    expect(get()).toMatchObject({ dataset: null, selection: null, notices: [], layoutRun: 0 });
  });
});
