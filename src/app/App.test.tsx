// @vitest-environment jsdom
import { must, setMedia, storyDataset, textOf, withStory } from "../ui/testing.tsx";
import { beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "./App.tsx";
import { useAppStore } from "../state/store.ts";
import type { Insets } from "../graph/CameraController.tsx";

// The canvas (Cytoscape) is src/graph's, tested there: here it is a box that shows its insets.
vi.mock("./ConnectedCanvas.tsx", () => ({
  ConnectedCanvas: ({
    insets,
    stage,
    interactive = true,
  }: {
    insets: Insets;
    stage?: boolean;
    interactive?: boolean;
  }) => (
    <div
      data-interactive={String(interactive)}
      data-testid="canvas"
      data-insets={JSON.stringify(insets)}
      data-stage={String(Boolean(stage))}
    />
  ),
}));
const openNetwork = vi.hoisted(() => vi.fn());
vi.mock("./openNetwork.ts", () => ({ openNetwork }));

// The whole app in jsdom: role queries over it take a while on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const insets = () => JSON.parse(must(screen.getByTestId("canvas").dataset.insets)) as Insets;

beforeEach(() => {
  window.history.replaceState(null, "", "/");
  openNetwork.mockReset();
});

function open(d = storyDataset()) {
  useAppStore.getState().setDataset(d);
  render(<App />);
  return d;
}

describe("App", () => {
  it("says the network could not be loaded, why, and how to fix it", () => {
    useAppStore.getState().setLoadError("Could not load graph.json: HTTP 404");
    render(<App />);
    const alert = screen.getByRole("alert");
    expect(within(alert).getByRole("heading").textContent).toBe("The network could not be loaded");
    expect(within(alert).getByText("Could not load graph.json: HTTP 404")).toBeTruthy();
    expect(within(alert).getByText(/npm run build:single/)).toBeTruthy();
  });

  it("an address naming no network of the page: a link to the page without ?data=", () => {
    window.history.replaceState(null, "", "/blog/graph/?data=gamma&node=x");
    useAppStore.getState().setLoadError("This page has no network named “gamma”.");
    render(<App />);
    const alert = screen.getByRole("alert");
    const link = within(alert).getByRole("link", {
      name: "Open this page without ?data=",
    });
    expect(link.getAttribute("href")).toBe("/blog/graph/");
    expect(within(alert).queryByText(/npm run build:single/)).toBeNull();
    window.history.replaceState(null, "", "/");
  });

  it("says Loading… until the data is in", () => {
    render(<App />);
    expect(screen.getByText("Loading…")).toBeTruthy();
  });

  it("the explorer: toolbar, canvas, legend of the types and grades the data has", () => {
    open();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Quotegraph");
    expect(insets()).toEqual({ left: 0, right: 0, bottom: 0 });
    const legend = screen.getByRole("region", { name: "Legend" });
    expect(
      within(legend)
        .getAllByRole("button")
        .map((b) => b.textContent?.trim()),
    ).toEqual([
      "Person 2",
      "Company 1",
      "Project / model 1",
      "Stated",
      "Hedged: the source speculates",
      "Disputed: sources disagree",
    ]);
  });

  it("the filters drawer opens on the left, and closes", async () => {
    open();
    await userEvent.click(screen.getByRole("button", { name: "Filters" }));
    const drawer = screen.getByRole("complementary", { name: "Filters" });
    expect(await within(drawer).findByTestId("filters")).toBeTruthy();
    expect(insets().left).toBe(320);
    await userEvent.click(within(drawer).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("complementary", { name: "Filters" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "How is A connected to B?" }));
    expect(await screen.findByRole("form", { name: "How is A connected to B?" })).toBeTruthy();
  });

  it("a selection opens its panel on the right; × closes the reader first, then the panel", async () => {
    open();
    act(() => useAppStore.getState().selectEdge("tim--worked_at--openai"));
    const panel = screen.getByTestId("side-panel");
    expect(
      await within(panel).findByRole("heading", { name: "Tim Brooks worked at OpenAI" }),
    ).toBeTruthy();
    expect(insets().right).toBe(440);
    await userEvent.click(
      must(within(panel).getAllByRole("button", { name: "Open in source" })[0]),
    );
    expect(await within(panel).findByTestId("source-text")).toBeTruthy();
    await userEvent.click(must(within(panel).getAllByRole("button", { name: "Close" })[0]));
    expect(useAppStore.getState().reader).toBeNull();
    expect(useAppStore.getState().selection).not.toBeNull();
    await userEvent.click(must(within(panel).getAllByRole("button", { name: "Close" })[0]));
    expect(useAppStore.getState().selection).toBeNull();
    expect(screen.queryByTestId("side-panel")).toBeNull();
  });

  it("an entity's panel, and a path's, which × clears", async () => {
    open();
    act(() => useAppStore.getState().selectNode("sora"));
    const panel = screen.getByTestId("side-panel");
    await vi.waitFor(() => expect(textOf(panel.querySelector("#node-title"))).toBe("Sora 索拉"));
    act(() => useAppStore.getState().clearSelection());
    act(() => useAppStore.getState().showPath("openai", "bill"));
    expect(
      await within(screen.getByTestId("side-panel")).findByText("1 shortest path, 3 hops"),
    ).toBeTruthy();
    await userEvent.click(must(screen.getAllByRole("button", { name: "Close" })[0]));
    expect(useAppStore.getState().path).toBeNull();
  });

  it("the table view replaces the canvas", async () => {
    open();
    await userEvent.click(screen.getByRole("button", { name: "Table" }));
    expect(await screen.findByRole("table", { name: "Relations" })).toBeTruthy();
    expect(screen.getByRole("table", { name: "Entities" })).toBeTruthy();
    expect(screen.queryByTestId("canvas")).toBeNull();
  });

  it("the page's language follows the reader's choice", () => {
    open();
    act(() => useAppStore.getState().setLang("zh"));
    expect(document.documentElement.lang).toBe("zh-Hans");
    act(() => useAppStore.getState().setLang("en"));
    expect(document.documentElement.lang).toBe("en");
  });

  it("on a phone the panel is a bottom sheet; reading an article opens it full", async () => {
    setMedia("(max-width: 700px)", true);
    // The stage is 800 px tall (jsdom lays nothing out).
    const height = must(Object.getOwnPropertyDescriptor(Element.prototype, "clientHeight"));
    Object.defineProperty(HTMLElement.prototype, "clientHeight", {
      configurable: true,
      get(this: HTMLElement) {
        return this.tagName === "MAIN" ? 800 : 0;
      },
    });
    onTestFinished(() => {
      delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
      Object.defineProperty(Element.prototype, "clientHeight", height);
    });
    open();
    act(() => useAppStore.getState().selectNode("tim"));
    const panel = screen.getByTestId("side-panel");
    expect(panel.dataset.sheet).toBe("half");
    expect(
      await within(panel).findByRole("button", { name: "Resize the panel (drag, or arrow keys)" }),
    ).toBeTruthy();
    expect(insets().right).toBe(0);
    expect(insets().bottom).toBe(400);
    expect(screen.getByRole("region", { name: "Legend" }).closest("details")).not.toBeNull();
    act(() => useAppStore.getState().openSource("wired"));
    expect(screen.getByTestId("side-panel").dataset.sheet).toBe("full");
  });

  it("files chosen are opened", async () => {
    open();
    const file = new File(["a,b"], "edges.csv");
    await userEvent.upload(screen.getByTestId("open-file"), file);
    await vi.waitFor(() => expect(openNetwork).toHaveBeenCalledWith([file]));
  });

  it("notices from the address are shown", () => {
    window.history.replaceState(null, "", "/?bogus=1");
    open();
    expect(screen.getByTestId("notices").textContent).toContain(
      'Ignored unknown parameter "bogus".',
    );
  });

  it("an embed: the graph, a link to the full view and the drawer", async () => {
    // The address is the view (UrlSync).
    window.history.replaceState(null, "", "/?embed=1");
    open();
    const link = await screen.findByText("Open full view ↗");
    expect(link.getAttribute("href")).toBe("/");
    expect(link.getAttribute("target")).toBe("_blank");
    act(() => useAppStore.getState().selectNode("tim"));
    expect(link.getAttribute("href")).toBe("/?node=tim");
    expect(textOf(screen.getByTestId("side-panel").querySelector("h2"))).toBe("Tim Brooks");
  });

  it("an embed's canvas takes the wheel and drags only once clicked into", async () => {
    window.history.replaceState(null, "", "/?embed=1");
    open();
    const hint = await screen.findByText("Click to zoom and pan");
    const canvas = screen.getByTestId("canvas");
    expect(canvas.dataset.interactive).toBe("false");
    const stage = must(canvas.parentElement);
    fireEvent.pointerDown(canvas);
    expect(canvas.dataset.interactive).toBe("true");
    expect(hint.isConnected).toBe(false);
    fireEvent.mouseLeave(stage);
    expect(canvas.dataset.interactive).toBe("false");
    fireEvent.focus(canvas);
    expect(canvas.dataset.interactive).toBe("true");
  });

  it("a story's step named in an embed's link opens on its caption", async () => {
    window.history.replaceState(null, "", "/?embed=1&present=origins&step=2");
    open(withStory());
    const step = await screen.findByTestId("story-step");
    expect(textOf(step.querySelector("h2"))).toBe("The hire");
  });

  it("the presenter's window: the story's notes and the next step, no canvas", async () => {
    window.history.replaceState(null, "", "/?present=origins&step=1&presenter=1");
    open(withStory());
    expect(await screen.findByTestId("presenter")).toBeTruthy();
    expect(screen.getByTestId("presenter-next").textContent).toContain("The hire");
    expect(screen.queryByTestId("canvas")).toBeNull();
  });

  it("a story: the stage, its caption card and the clicker", async () => {
    const d = withStory();
    window.history.replaceState(null, "", "/?present=origins&step=1");
    open(d);
    const stage = await screen.findByTestId("stage");
    expect(screen.getByTestId("canvas").dataset.stage).toBe("true");
    expect(within(stage).getByTestId("stage-card").textContent).toContain("Where it began.");
    await userEvent.click(within(stage).getByRole("button", { name: /Next/ }));
    expect(useAppStore.getState().present).toEqual({ story: "origins", step: 1 });
    await userEvent.click(within(stage).getByRole("button", { name: "Leave presentation (Esc)" }));
    expect(useAppStore.getState().present).toBeNull();
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("Quotegraph");
    expect(screen.queryByTestId("stage")).toBeNull();
  });
});
