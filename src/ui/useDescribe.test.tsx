// @vitest-environment jsdom
import { must, setMedia, storyDataset } from "./testing.tsx";
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, renderHook } from "@testing-library/react";
import { useDescribe } from "./useDescribe.ts";
import {
  browserLang,
  nodeLabel,
  useMessages,
  useNodeLabel,
  useRelationText,
} from "./useMessages.ts";
import { useMediaQuery } from "./useMedia.ts";
import { download } from "./download.ts";
import { useAppStore } from "../state/store.ts";
import { EN, ZH } from "./messages.ts";

describe("useDescribe", () => {
  it("a node: name, type and number of relations; an edge: ends, quotes, certainty", () => {
    const d = storyDataset();
    const { result } = renderHook(() => useDescribe(d));
    expect(result.current("tim")).toBe("Tim Brooks · Person · 2 relations");
    expect(result.current("bill")).toBe("bill · Person · 1 relation");
    expect(result.current("tim--worked_at--openai")).toBe(
      "Tim Brooks — worked at — OpenAI · 2 quotes from 2 sources · hedged",
    );
    expect(result.current("tim--contributed_to--sora")).toBe(
      "Tim Brooks — contributed to — Sora · 1 quote from 1 source",
    );
    expect(result.current("nothing")).toBe("");
  });

  it("an imported network: the file's own type and relation label, unsourced", () => {
    const d = storyDataset();
    Object.assign(must(d.nodes[3]), { type: "entity", rawType: "Startup" });
    Object.assign(must(d.edges[2]), {
      type: "related_to",
      label: "advises",
      unsourced: true,
      evidence: [],
    });
    const { result } = renderHook(() => useDescribe(d));
    expect(result.current("bill")).toBe("bill · Startup · 1 relation");
    expect(result.current(must(d.edges[2]).id)).toBe("bill — advises — Sora · unsourced");
  });

  it("follows the language", () => {
    const d = storyDataset();
    const { result } = renderHook(() => useDescribe(d));
    act(() => useAppStore.getState().setLang("zh"));
    expect(result.current("sora")).toBe(`索拉 · ${ZH.nodeType.project} · ${ZH.relationCount(2)}`);
  });
});

describe("useMessages and names", () => {
  afterEach(() => vi.restoreAllMocks());

  it("the browser's language until the reader chooses", () => {
    const lang = vi.spyOn(navigator, "language", "get").mockReturnValue("zh-TW");
    expect(browserLang()).toBe("zh");
    const { result } = renderHook(() => useMessages());
    expect(result.current).toBe(ZH);
    act(() => useAppStore.getState().setLang("en"));
    expect(result.current).toBe(EN);
    lang.mockReturnValue("de-DE");
    expect(browserLang()).toBe("en");
  });

  it("a node's label in the UI language; an unknown id stays an id", () => {
    expect(nodeLabel({ label: "Sora", labelZh: "索拉" }, "zh")).toBe("索拉");
    expect(nodeLabel({ label: "Sora" }, "zh")).toBe("Sora");
    expect(nodeLabel({ label: "Sora", labelZh: "索拉" }, "en")).toBe("Sora");
    const d = storyDataset();
    const { result } = renderHook(() => useNodeLabel(d));
    expect(result.current("sora")).toBe("Sora");
    expect(result.current("ghost")).toBe("ghost");
    act(() => useAppStore.getState().setLang("zh"));
    expect(result.current("sora")).toBe("索拉");
  });

  it("a relation reads as the vocabulary's words, or an imported edge's own label", () => {
    const { result } = renderHook(() => useRelationText());
    expect(result.current({ type: "worked_at", label: "x" })).toBe("worked at");
    expect(result.current({ type: "related_to", label: "cites" })).toBe("cites");
    act(() => useAppStore.getState().setLang("zh"));
    expect(result.current({ type: "worked_at", label: "x" })).toBe(ZH.relationType.worked_at);
  });
});

describe("useMediaQuery", () => {
  it("answers the query and follows its changes", () => {
    const { result } = renderHook(() => useMediaQuery("(pointer: coarse)"));
    expect(result.current).toBe(false);
    act(() => setMedia("(pointer: coarse)", true));
    expect(result.current).toBe(true);
  });
});

describe("download", () => {
  it("hands a named file to the browser and lets go of its URL later", () => {
    vi.useFakeTimers();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return "blob:x";
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    download("a.csv", "x,y", "text/csv");
    expect(clicked).toHaveLength(1);
    expect(must(clicked[0]).download).toBe("a.csv");
    expect(must(clicked[0]).href).toBe("blob:x");
    expect(must(clicked[0]).isConnected).toBe(false);
    expect(must(created[0]).type).toBe("text/csv");
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith("blob:x");
    const blob = new Blob(["png"], { type: "image/png" });
    download("a.png", blob);
    expect(created[1]).toBe(blob);
    click.mockRestore();
    vi.useRealTimers();
  });
});
