// @vitest-environment jsdom
import { must, withStory } from "../ui/testing.tsx";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, fireEvent, renderHook } from "@testing-library/react";
import { useStoryPager, type StoryPager } from "./useStoryPager.ts";
import { usePresentKeys } from "./usePresentKeys.ts";
import { useStorySync } from "./useStorySync.ts";
import { useAppStore } from "../state/store.ts";
import type { Story } from "../model/stories.ts";

let story: Story;
beforeEach(() => {
  const d = withStory();
  story = must(must(d.stories)[0]);
  useAppStore.setState({ dataset: d });
  useAppStore.getState().startStory("origins");
});

const place = (p: StoryPager) => [p.step, p.card, p.cards, p.atStart, p.atEnd];

describe("useStoryPager", () => {
  it("walks card by card: a step with a quote takes two clicks", () => {
    const { result } = renderHook(() => useStoryPager(story));
    expect(place(result.current)).toEqual([0, 0, 1, true, false]);
    act(() => result.current.move("next"));
    expect(place(result.current)).toEqual([1, 0, 2, false, false]);
    expect(useAppStore.getState().present).toEqual({ story: "origins", step: 1 });
    act(() => result.current.move("next"));
    expect(place(result.current)).toEqual([1, 1, 2, false, true]);
    act(() => result.current.move("next"));
    expect(place(result.current)).toEqual([1, 1, 2, false, true]);
    act(() => result.current.move("first"));
    expect(place(result.current)).toEqual([0, 0, 1, true, false]);
    act(() => result.current.move("last"));
    expect(place(result.current)).toEqual([1, 1, 2, false, true]);
    act(() => result.current.move("previous"));
    expect(place(result.current)).toEqual([1, 0, 2, false, false]);
  });

  it("goTo clamps to the story; a step changed elsewhere opens at its first card", () => {
    const { result } = renderHook(() => useStoryPager(story));
    act(() => result.current.goTo(9, 9));
    expect(place(result.current)).toEqual([1, 1, 2, false, true]);
    act(() => result.current.goTo(0));
    act(() => result.current.goTo(1, 1));
    expect(place(result.current)).toEqual([1, 1, 2, false, true]);
    // The address (or back and forward) changes the step: it opens at its first card.
    act(() => useAppStore.getState().goToStep(0));
    expect(place(result.current)).toEqual([0, 0, 1, true, false]);
  });
});

describe("usePresentKeys", () => {
  const setup = () => {
    const move = vi.fn();
    const pager = { move } as unknown as StoryPager;
    renderHook(() => usePresentKeys(pager));
    return move;
  };
  const press = (key: string, init: KeyboardEventInit = {}) =>
    fireEvent.keyDown(window, { key, ...init });

  it("clicker and keyboard keys move through the story", () => {
    const move = setup();
    for (const key of ["ArrowRight", "ArrowDown", "PageDown", " "]) press(key);
    for (const key of ["ArrowLeft", "ArrowUp", "PageUp"]) press(key);
    press(" ", { shiftKey: true });
    press("Home");
    press("End");
    expect(move.mock.calls.map((c) => c[0])).toEqual([
      ...Array(4).fill("next"),
      ...Array(4).fill("previous"),
      "first",
      "last",
    ]);
  });

  it("leaves modified keys and other keys alone, and does nothing outside a story", () => {
    const move = setup();
    press("ArrowRight", { ctrlKey: true });
    press("ArrowRight", { altKey: true });
    press("ArrowRight", { metaKey: true });
    press("x");
    expect(move).not.toHaveBeenCalled();
    act(() => useAppStore.getState().stopStory());
    press("ArrowRight");
    expect(move).not.toHaveBeenCalled();
  });

  it("Esc leaves the story; F asks for full screen, and leaves it", () => {
    setup();
    const request = vi.fn(async () => undefined);
    document.documentElement.requestFullscreen = request;
    press("f");
    expect(request).toHaveBeenCalledTimes(1);
    const exit = vi.fn(async () => undefined);
    document.exitFullscreen = exit;
    Object.defineProperty(document, "fullscreenElement", {
      value: document.body,
      configurable: true,
    });
    press("F");
    expect(exit).toHaveBeenCalledTimes(1);
    // Esc in full screen only leaves full screen (the browser's own).
    press("Escape");
    expect(useAppStore.getState().present).not.toBeNull();
    Object.defineProperty(document, "fullscreenElement", { value: null, configurable: true });
    press("Escape");
    expect(useAppStore.getState().present).toBeNull();
  });
});

/** An in-memory BroadcastChannel: every channel of a name hears the others, synchronously. */
class FakeChannel {
  static all: FakeChannel[] = [];
  onmessage: ((e: { data: unknown }) => void) | null = null;
  sent: unknown[] = [];
  constructor(readonly name: string) {
    FakeChannel.all.push(this);
  }
  postMessage(data: unknown) {
    this.sent.push(data);
    for (const c of FakeChannel.all)
      if (c !== this && c.name === this.name) c.onmessage?.({ data });
  }
  close() {
    FakeChannel.all = FakeChannel.all.filter((c) => c !== this);
  }
}

describe("useStorySync", () => {
  beforeEach(() => {
    FakeChannel.all = [];
    vi.stubGlobal("BroadcastChannel", FakeChannel);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("tells the other window where the talk is, and follows it, without echoing", () => {
    const { result } = renderHook(() => {
      const pager = useStoryPager(story);
      useStorySync(story.id, pager);
      return pager;
    });
    const [mine] = FakeChannel.all;
    const other = new FakeChannel("quotegraph-present");
    act(() => result.current.move("next"));
    expect(must(mine).sent.at(-1)).toEqual({
      type: "quotegraph:step",
      story: "origins",
      step: 1,
      card: 0,
    });
    const sent = must(mine).sent.length;
    act(() => other.postMessage({ type: "quotegraph:step", story: "origins", step: 1, card: 1 }));
    expect([result.current.step, result.current.card]).toEqual([1, 1]);
    expect(must(mine).sent.length).toBe(sent);
    // Another story's place, or a stranger's message, is not followed.
    act(() => other.postMessage({ type: "quotegraph:step", story: "other", step: 0, card: 0 }));
    act(() => other.postMessage({ type: "hello" }));
    expect([result.current.step, result.current.card]).toEqual([1, 1]);
    // An older window sends no card: the step's first.
    act(() => other.postMessage({ type: "quotegraph:step", story: "origins", step: 0 }));
    expect([result.current.step, result.current.card]).toEqual([0, 0]);
  });

  it("closes its channel when it goes", () => {
    const { unmount } = renderHook(() =>
      useStorySync(story.id, { goTo: () => undefined, step: 0, card: 0 } as unknown as StoryPager),
    );
    expect(FakeChannel.all).toHaveLength(1);
    unmount();
    expect(FakeChannel.all).toHaveLength(0);
  });
});
