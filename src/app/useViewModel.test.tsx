// @vitest-environment jsdom
import { must, storyDataset, withStory } from "../ui/testing.tsx";
import { describe, expect, it } from "vitest";
import { act, renderHook, waitFor } from "@testing-library/react";
import { useViewModel } from "./useViewModel.ts";
import { useNodeStyle } from "./useNodeStyle.ts";
import { useAppStore } from "../state/store.ts";
import { EN } from "../ui/messages.ts";
import type { Style } from "../model/styleChoices.ts";

const sorted = (s: Iterable<string> | undefined) => [...(s ?? [])].sort();

describe("useViewModel", () => {
  it("shows everything, emphasises nothing, until something is chosen", () => {
    const d = storyDataset();
    const { result } = renderHook(() => useViewModel(d));
    expect(result.current.visible.nodes.size).toBe(4);
    expect(result.current.visible.edges.size).toBe(3);
    expect(result.current.emphasis).toBeNull();
    expect(result.current.focusIds).toEqual([]);
    expect(result.current.paths).toEqual([]);
  });

  it("filters hide, and a selection emphasises its neighbourhood among what is shown", () => {
    const d = storyDataset();
    const { result } = renderHook(() => useViewModel(d));
    act(() => useAppStore.getState().selectNode("sora"));
    expect(sorted(result.current.emphasis?.nodes)).toEqual(["bill", "sora", "tim"]);
    expect(result.current.focusIds).toEqual(["sora"]);
    act(() => useAppStore.getState().setFilters({ hiddenCertainties: ["disputed"] }));
    expect(result.current.visible.edges.has("bill--contributed_to--sora")).toBe(false);
    expect(sorted(result.current.emphasis?.nodes)).toEqual(["sora", "tim"]);
  });

  it("a path: the shortest paths among visible relations, framed when nothing is selected", async () => {
    const d = storyDataset();
    const { result } = renderHook(() => useViewModel(d));
    act(() => useAppStore.getState().showPath("openai", "bill"));
    // The path search loads when a path is first asked for.
    await waitFor(() =>
      expect(result.current.paths.map((p) => p.map((h) => h.edgeId))).toEqual([
        ["tim--worked_at--openai", "tim--contributed_to--sora", "bill--contributed_to--sora"],
      ]),
    );
    expect(sorted(result.current.focusIds)).toEqual(["bill", "openai", "sora", "tim"]);
    act(() => useAppStore.getState().setFilters({ hiddenNodeTypes: ["project"] }));
    expect(result.current.paths).toEqual([]);
  });

  it("hover lights up a node's neighbours, but not during a story's step, which wins", () => {
    const d = withStory();
    useAppStore.setState({ dataset: d });
    const { result } = renderHook(() => useViewModel(d));
    expect(sorted(result.current.hoverOf("openai")?.nodes)).toEqual(["openai", "tim"]);
    expect(sorted(result.current.hoverOf("tim--worked_at--openai")?.nodes)).toEqual([
      "openai",
      "tim",
    ]);
    act(() => useAppStore.getState().startStory("origins"));
    act(() => useAppStore.getState().goToStep(1));
    expect(result.current.hoverOf("openai")).toBeNull();
    expect(sorted(result.current.emphasis?.edges)).toEqual(["tim--worked_at--openai"]);
    expect(sorted(result.current.focusIds)).toEqual(["openai", "tim", "tim--worked_at--openai"]);
  });

  it("a change of state it does not read keeps the same result", () => {
    const d = storyDataset();
    const { result } = renderHook(() => useViewModel(d));
    const before = result.current;
    act(() => useAppStore.getState().addNotices(["x"]));
    expect(result.current.visible).toBe(before.visible);
    expect(result.current.hoverOf).toBe(before.hoverOf);
  });
});

describe("useNodeStyle", () => {
  const style = (color: string, size: string): Style => ({ color, size, width: "same" });

  it("the default look needs nothing: type colours, sizes by relations", () => {
    const d = storyDataset();
    const { result } = renderHook(() => useNodeStyle(d, style("type", "degree"), EN));
    expect(result.current).toEqual({ colors: null, sizes: null, legend: null, widths: null });
  });

  it("colours by an attribute, with its key, and sizes by quotes, once the code is here", async () => {
    const d = storyDataset();
    d.nodes.forEach((n, i) => (n.attributes = { team: i < 2 ? "red" : "blue" }));
    const { result } = renderHook(() => useNodeStyle(d, style("attr:team", "quotes"), EN));
    await waitFor(() => expect(result.current.colors).not.toBeNull());
    const { colors, legend, sizes } = result.current;
    expect(must(colors).get("tim")).toBe(must(colors).get("openai"));
    expect(must(colors).get("tim")).not.toBe(must(colors).get("sora"));
    expect(must(legend).map((l) => [l.label, l.count])).toEqual([
      ["blue", 2],
      ["red", 2],
    ]);
    expect(must(sizes).get("tim")).toBeGreaterThan(must(must(sizes).get("openai")));
  });

  it("communities: computed when asked for, named in the key", async () => {
    const d = storyDataset();
    const { result } = renderHook(() => useNodeStyle(d, style("community", "degree"), EN));
    await waitFor(() => expect(result.current.legend).not.toBeNull());
    expect(must(result.current.legend).every((l) => l.label.startsWith("community "))).toBe(true);
    expect(must(result.current.colors).size).toBe(4);
    expect(result.current.sizes).toBeNull();
  });

  it("a file's own colours and sizes are its defaults", async () => {
    const d = storyDataset();
    d.nodes.forEach(
      (n, i) => (n.attributes = { "viz:color": i ? "#ff0000" : "#00ff00", "viz:size": i + 1 }),
    );
    const { result } = renderHook(() => useNodeStyle(d, style("type", "degree"), EN));
    await waitFor(() => expect(result.current.colors).not.toBeNull());
    expect(must(result.current.colors).get("tim")).toBe("#00ff00");
    // The key names the colours themselves (no attribute matches them one to one).
    expect(must(result.current.legend).map((l) => [l.label, l.count])).toEqual([
      ["#ff0000", 3],
      ["#00ff00", 1],
    ]);
    expect(must(result.current.sizes).get("bill")).toBeGreaterThan(
      must(must(result.current.sizes).get("tim")),
    );
  });
});
