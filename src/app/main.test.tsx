// @vitest-environment jsdom
import { must, storyDataset } from "../ui/testing.tsx";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, render } from "@testing-library/react";
import { Suspense } from "react";

afterEach(() => {
  window.history.replaceState(null, "", "/");
  vi.doUnmock("./dataRequest.ts");
  vi.doUnmock("./App.tsx");
  vi.doUnmock("./lazyParts.ts");
});

describe("main", () => {
  beforeEach(() => {
    vi.resetModules();
    document.body.innerHTML = '<div id="root"></div>';
  });

  /** Runs main.tsx with the data request given; returns the store it filled and the parts it preloaded. */
  async function boot(request: Promise<unknown>) {
    const preload = vi.fn();
    vi.doMock("./dataRequest.ts", () => ({ datasetRequest: request }));
    vi.doMock("./App.tsx", () => ({ App: () => <p>app is here</p> }));
    vi.doMock("./lazyParts.ts", () => ({ preload }));
    const { useAppStore } = await import("../state/store.ts");
    await act(async () => {
      await import("./main.tsx");
      await request.catch(() => undefined);
    });
    await vi.waitFor(() =>
      expect(must(document.getElementById("root")).textContent).toBe("app is here"),
    );
    return { store: useAppStore.getState(), preload };
  }

  it("puts the data and the view the address names in the store before the first render", async () => {
    window.history.replaceState(null, "", "/?node=tim&mode=table");
    const d = storyDataset();
    const { store, preload } = await boot(Promise.resolve({ dataset: d, network: null }));
    expect(preload).toHaveBeenCalledWith(["node", "table"]);
    expect(store.dataset).toBe(d);
    expect(store.selection).toEqual({ kind: "node", id: "tim" });
    expect(store.mode).toBe("table");
  });

  it("a failed request becomes the load error the app shows", async () => {
    const failed = Promise.reject(new Error("Could not load graph.json: HTTP 500"));
    failed.catch(() => undefined);
    const { store } = await boot(failed);
    expect(store.dataset).toBeNull();
    expect(store.loadError).toBe("Could not load graph.json: HTTP 500");
  });

  it("a page without #root says so", async () => {
    document.body.innerHTML = "";
    vi.doMock("./dataRequest.ts", () => ({ datasetRequest: new Promise(() => undefined) }));
    await expect(import("./main.tsx")).rejects.toThrow("index.html has no #root element");
  });
});

describe("lazyParts", () => {
  it("a part renders at once once its code is here; prefetchPanels fetches it when idle", async () => {
    vi.resetModules();
    const { useAppStore } = await import("../state/store.ts");
    const d = storyDataset();
    useAppStore.setState({ dataset: d });
    const idle: (() => void)[] = [];
    vi.stubGlobal("requestIdleCallback", (cb: () => void) => idle.push(cb));
    const parts = await import("./lazyParts.ts");
    const node = must(d.nodes[0]);
    const panel = () =>
      render(
        <Suspense fallback={<p>waiting</p>}>
          <parts.NodePanel node={node} dataset={d} />
        </Suspense>,
      );
    parts.prefetchPanels();
    expect(idle).toHaveLength(1);
    must(idle[0])();
    await import("../ui/NodePanel.tsx");
    await vi.waitFor(() => {
      const view = panel();
      const shown = view.container.textContent;
      view.unmount();
      expect(shown).not.toContain("waiting");
    });
    // Not prefetched: the first render waits for the code, a later one does not.
    const first = render(
      <Suspense fallback={<p>waiting</p>}>
        <parts.PathPanel dataset={d} paths={[]} />
      </Suspense>,
    );
    expect(first.container.textContent).toBe("waiting");
    vi.unstubAllGlobals();
  });

  it("without requestIdleCallback, panels are fetched a moment later", async () => {
    vi.resetModules();
    vi.stubGlobal("requestIdleCallback", undefined);
    vi.useFakeTimers();
    const parts = await import("./lazyParts.ts");
    parts.prefetchPanels();
    expect(vi.getTimerCount()).toBe(1);
    vi.runAllTimers();
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
});
