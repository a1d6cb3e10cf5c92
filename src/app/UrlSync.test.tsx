// @vitest-environment jsdom
import { storyDataset } from "../ui/testing.tsx";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { act, render } from "@testing-library/react";
import { UrlSync } from "./UrlSync.tsx";
import { useAppStore } from "../state/store.ts";
import { DEFAULT_VIEW } from "../state/view.ts";
import type { Dataset } from "../model/types.ts";

let d: Dataset;
beforeEach(() => {
  d = storyDataset();
  useAppStore.getState().setDataset(d);
});
afterEach(() => window.history.replaceState(null, "", "/"));

function start(address: string) {
  window.history.replaceState(null, "", address);
  const lengthBefore = window.history.length;
  render(<UrlSync dataset={d} />);
  return { pushed: () => window.history.length - lengthBefore };
}

const address = () => `${window.location.pathname}${window.location.search}${window.location.hash}`;
const pop = (address: string, state: unknown) =>
  act(() => {
    window.history.replaceState(state, "", address);
    window.dispatchEvent(new PopStateEvent("popstate", { state }));
  });

describe("UrlSync", () => {
  it("reads the address into the store, and drops (with a notice) what it ignored", () => {
    start("/graph/?node=tim&bogus=1&cam=x#x");
    const s = useAppStore.getState();
    expect(s.selection).toEqual({ kind: "node", id: "tim" });
    expect(s.notices).toEqual([
      'Ignored unknown parameter "bogus".',
      "Ignored cam=x: expected zoom,x,y.",
    ]);
    expect(address()).toBe("/graph/?node=tim#x");
    expect(window.history.state).toEqual({ graph: s.datasetVersion });
  });

  it("an address that is all good stays as it is", () => {
    start("/graph/?node=tim&lang=zh");
    expect(useAppStore.getState().lang).toBe("zh");
    expect(useAppStore.getState().notices).toEqual([]);
    expect(address()).toBe("/graph/?node=tim&lang=zh");
  });

  it("each change of the view is a new entry; a camera move replaces the entry", () => {
    const { pushed } = start("/graph/");
    act(() => useAppStore.getState().selectNode("sora"));
    expect(address()).toBe("/graph/?node=sora");
    expect(pushed()).toBe(1);
    act(() => useAppStore.getState().setCamera({ zoom: 2, x: 10, y: 20 }));
    expect(window.location.search).toMatch(/^\?node=sora&cam=/);
    expect(pushed()).toBe(1);
    act(() => useAppStore.getState().setFilters({ hiddenNodeTypes: ["paper"] }));
    expect(window.location.search).toContain("hide=paper");
    expect(pushed()).toBe(2);
    // A change outside the view (hover, notices) writes nothing.
    act(() => useAppStore.getState().addNotices(["x"]));
    expect(pushed()).toBe(2);
  });

  it("opening a file is one new entry, even when the address would not change", () => {
    const { pushed } = start("/graph/");
    const other = storyDataset();
    act(() => useAppStore.getState().openDataset(other, DEFAULT_VIEW));
    expect(pushed()).toBe(1);
    expect(window.history.state).toEqual({ graph: useAppStore.getState().datasetVersion });
  });

  it("back and forward read the address again; another graph's camera is not applied", () => {
    start("/graph/?node=tim");
    const graph = useAppStore.getState().datasetVersion;
    pop("/graph/?edge=tim--worked_at--openai&cam=2,10,20", { graph });
    let s = useAppStore.getState();
    expect(s.selection).toEqual({ kind: "edge", id: "tim--worked_at--openai" });
    expect(s.camera).toEqual({ zoom: 2, x: 10, y: 20 });
    pop("/graph/?node=sora&cam=3,1,1", { graph: graph - 1 });
    s = useAppStore.getState();
    expect(s.selection).toEqual({ kind: "node", id: "sora" });
    expect(s.camera).toBeNull();
  });

  it("stops listening when unmounted", () => {
    window.history.replaceState(null, "", "/graph/");
    const { unmount } = render(<UrlSync dataset={d} />);
    unmount();
    act(() => useAppStore.getState().selectNode("sora"));
    expect(window.location.search).toBe("");
    pop("/graph/?node=tim", null);
    expect(useAppStore.getState().selection).toEqual({ kind: "node", id: "sora" });
  });
});
