import { beforeEach, describe, expect, test } from "vitest";
import { makeDataset } from "../model/testDataset.ts";
import { selectSelectedEdge, selectSelectedNode } from "./selectors.ts";
import { useAppStore } from "./store.ts";

const INITIAL = useAppStore.getState();
beforeEach(() => useAppStore.setState(INITIAL, true));

const dataset = makeDataset({
  nodes: [
    ["a", "person"],
    ["b", "university"],
  ],
  edges: [["a", "studied_at", "b"]],
});
const get = () => useAppStore.getState();

describe("selectors", () => {
  test("nothing is selected before there is a selection, or a dataset", () => {
    expect(selectSelectedNode(get())).toBeNull();
    get().selectNode("a");
    expect(selectSelectedNode(get())).toBeNull();
  });

  test("the selected node, and no selected edge while a node is selected", () => {
    get().setDataset(dataset);
    get().selectNode("b");
    expect(selectSelectedNode(get())?.type).toBe("university");
    expect(selectSelectedEdge(get())).toBeNull();
  });

  test("the selected edge, and no selected node while an edge is selected", () => {
    get().setDataset(dataset);
    get().selectEdge("a--studied_at--b");
    expect(selectSelectedEdge(get())).toMatchObject({ source: "a", target: "b" });
    expect(selectSelectedNode(get())).toBeNull();
  });

  test("an id the dataset lacks (a stale link) selects nothing", () => {
    get().setDataset(dataset);
    get().selectEdge("a--authored--b");
    expect(selectSelectedEdge(get())).toBeNull();
    get().selectNode("zz");
    expect(selectSelectedNode(get())).toBeNull();
  });

  test("a new dataset is looked up afresh", () => {
    get().setDataset(dataset);
    get().selectNode("c");
    expect(selectSelectedNode(get())).toBeNull();
    get().setDataset(makeDataset({ nodes: [["c", "lab"]] }));
    expect(selectSelectedNode(get())?.type).toBe("lab");
  });
});
