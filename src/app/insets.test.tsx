// @vitest-environment jsdom
import "../ui/testing.tsx";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, render, renderHook } from "@testing-library/react";
import { useRef } from "react";
import { useCoveredInsets } from "./useCoveredInsets.ts";
import { useStageInsets } from "./useStageInsets.ts";

/** ResizeObserver, by hand: `resize()` calls every live observer back. */
class FakeObserver {
  static live = new Set<FakeObserver>();
  observed: Element[] = [];
  constructor(readonly callback: () => void) {
    FakeObserver.live.add(this);
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  disconnect() {
    FakeObserver.live.delete(this);
  }
}
const resize = () => act(() => FakeObserver.live.forEach((o) => o.callback()));

beforeEach(() => vi.stubGlobal("ResizeObserver", FakeObserver));
afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.live.clear();
});

/** Gives an element a box: getBoundingClientRect reads it from data-box="left,top,right,bottom". */
const realRect = Element.prototype.getBoundingClientRect;
beforeEach(() => {
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const [left = 0, top = 0, right = 0, bottom = 0] = (this.getAttribute("data-box") ?? "")
      .split(",")
      .map(Number);
    return { left, top, right, bottom, width: right - left, height: bottom - top } as DOMRect;
  };
});
afterEach(() => {
  Element.prototype.getBoundingClientRect = realRect;
});

describe("useCoveredInsets", () => {
  function Harness({ onInsets, width }: { onInsets(i: unknown): void; width: number }) {
    const [insets, ref] = useCoveredInsets();
    onInsets(insets);
    return (
      <div data-box="0,0,800,600">
        <section ref={ref} data-box={width < 800 ? `${800 - width},0,800,600` : "0,450,800,600"} />
      </div>
    );
  }

  it("a drawer narrower than its parent covers the right; a full-width one, the bottom", () => {
    const seen = vi.fn();
    const { rerender, unmount } = render(<Harness onInsets={seen} width={300} />);
    expect(seen).toHaveBeenLastCalledWith({ right: 300, bottom: 0 });
    rerender(<Harness onInsets={seen} width={800} />);
    resize();
    expect(seen).toHaveBeenLastCalledWith({ right: 0, bottom: 150 });
    const observers = FakeObserver.live.size;
    unmount();
    expect(FakeObserver.live.size).toBeLessThan(observers);
  });

  it("without a panel, nothing is covered", () => {
    const { result } = renderHook(() => useCoveredInsets());
    expect(result.current[0]).toEqual({ right: 0, bottom: 0 });
    expect(result.current[1](null)).toBeUndefined();
  });
});

describe("useStageInsets", () => {
  it("leaves room right of the caption card and above the controls, and follows resizes", () => {
    window.innerHeight = 700;
    const seen = vi.fn();
    function Harness() {
      const card = useRef<HTMLElement>(null);
      const controls = useRef<HTMLElement>(null);
      seen(useStageInsets(card, controls));
      return (
        <>
          <section ref={card} data-box="20,20,340.2,300" />
          <nav ref={controls} data-box="0,640,800,700" />
        </>
      );
    }
    render(<Harness />);
    expect(seen).toHaveBeenLastCalledWith({ left: 341 + 64, right: 0, bottom: 60 + 8 });
    resize();
    expect(seen).toHaveBeenLastCalledWith({ left: 405, right: 0, bottom: 68 });
    window.innerHeight = 900;
    act(() => void window.dispatchEvent(new Event("resize")));
    expect(seen).toHaveBeenLastCalledWith({ left: 405, right: 0, bottom: 268 });
  });

  it("no card and no controls: no insets", () => {
    const { result } = renderHook(() => useStageInsets({ current: null }, { current: null }));
    expect(result.current).toEqual({ left: 0, right: 0, bottom: 0 });
  });
});
