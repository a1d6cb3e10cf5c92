// @vitest-environment jsdom
import { storyDataset } from "./testing.tsx";
import { describe, expect, it, vi } from "vitest";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Toolbar, type Drawer, type ToolbarProps } from "./Toolbar.tsx";
import { useAppStore } from "../state/store.ts";
import type { Dataset } from "../model/types.ts";
import { ZH } from "./messages.ts";

function setup(d: Dataset = storyDataset(), drawer: Drawer = null) {
  const props: ToolbarProps = {
    dataset: d,
    visible: { nodes: new Set(d.nodes.map((n) => n.id)), edges: new Set(d.edges.map((e) => e.id)) },
    exporter: null,
    onFiles: vi.fn(),
    drawer,
    onDrawer: vi.fn(),
  };
  const view = render(<Toolbar {...props} />);
  const tools = screen.getByRole("navigation", { name: "Tools" });
  return {
    props,
    tools,
    view,
    button: (name: string | RegExp) => within(tools).getByRole("button", { name }),
  };
}

describe("Toolbar", () => {
  it("shows the title and the network's own title as subtitle", () => {
    const d = storyDataset();
    d.title = "<b>my.graphml</b>";
    const { view } = setup(d);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Quotegraph");
    expect(screen.getByText("<b>my.graphml</b>")).toBeTruthy();
    expect(view.container.querySelector("b")).toBeNull();
  });

  it("Filters and Paths open their drawer, and close it when pressed again", async () => {
    const a = setup();
    await userEvent.click(a.button("Filters"));
    expect(a.props.onDrawer).toHaveBeenLastCalledWith("filters");
    await userEvent.click(a.button("How is A connected to B?"));
    expect(a.props.onDrawer).toHaveBeenLastCalledWith("path");
    a.view.unmount();
    const b = setup(storyDataset(), "filters");
    expect(b.button("Filters").getAttribute("aria-pressed")).toBe("true");
    await userEvent.click(b.button("Filters"));
    expect(b.props.onDrawer).toHaveBeenLastCalledWith(null);
  });

  it("Sources opens the reader at the first source; none for a network without sources", async () => {
    const a = setup();
    await userEvent.click(a.button("Sources"));
    expect(useAppStore.getState().reader).toEqual({ sourceId: "blog" });
    a.view.unmount();
    const d = storyDataset();
    d.sources = [];
    const b = setup(d);
    expect(within(b.tools).queryByRole("button", { name: "Sources" })).toBeNull();
  });

  it("Table switches to the tables and back; layout buttons only with the graph", async () => {
    const { button, tools } = setup();
    await userEvent.click(button("Re-run layout"));
    expect(useAppStore.getState().layoutRun).toBe(1);
    await userEvent.click(button("Baked layout"));
    expect(useAppStore.getState().layoutRun).toBe(0);
    expect(within(tools).queryByRole("button", { name: "Baked layout" })).toBeNull();
    await userEvent.click(button("Table"));
    expect(useAppStore.getState().mode).toBe("table");
    expect(within(tools).queryByRole("button", { name: "Re-run layout" })).toBeNull();
    await userEvent.click(button("Graph"));
    expect(useAppStore.getState().mode).toBe("graph");
  });

  it("Present starts the first story, when there is one", async () => {
    const d = storyDataset();
    expect(within(setup(d).tools).queryByRole("button", { name: "Present" })).toBeNull();
    cleanup();
    d.stories = [{ id: "s", title: "S", titleZh: "S", steps: [] }];
    const { view } = setup({ ...d });
    await userEvent.click(within(view.container).getByRole("button", { name: "Present" }));
    expect(useAppStore.getState().present).toEqual({ story: "s", step: 0 });
  });

  it("the language button switches to Chinese and back", async () => {
    const { button } = setup();
    const zh = button("Switch to Chinese");
    expect(zh.textContent).toBe("中文");
    expect(zh.getAttribute("lang")).toBe("zh");
    await userEvent.click(zh);
    expect(useAppStore.getState().lang).toBe("zh");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(ZH.appTitle);
    const en = within(screen.getByRole("navigation")).getByRole("button", { name: /English|英文/ });
    expect(en.getAttribute("lang")).toBe("en");
    await userEvent.click(en);
    expect(useAppStore.getState().lang).toBe("en");
  });

  it("the phone menu opens, and closes on Esc or when a tool is chosen", async () => {
    const { button } = setup();
    const menu = screen.getByRole("button", { name: /Menu/ });
    expect(menu.getAttribute("aria-expanded")).toBe("false");
    await userEvent.click(menu);
    expect(menu.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("navigation").className).toBe("tools open");
    fireEvent.keyDown(button("Filters"), { key: "Escape" });
    expect(menu.getAttribute("aria-expanded")).toBe("false");
    await userEvent.click(menu);
    await userEvent.click(button("Filters"));
    expect(menu.getAttribute("aria-expanded")).toBe("false");
  });

  it("Export and Embed stand in, disabled, until the graph is drawn; then they load", async () => {
    const { tools } = setup();
    const standIns = ["Export", "Embed"].map((name) => within(tools).getByRole("button", { name }));
    expect(standIns.map((b) => (b as HTMLButtonElement).disabled)).toEqual([true, true]);
    act(() => useAppStore.getState().setGraphDrawn());
    const exportButton = await within(tools).findByRole(
      "button",
      { name: "Export" },
      { timeout: 5000 },
    );
    await vi.waitFor(() => expect((exportButton as HTMLButtonElement).disabled).toBe(false), {
      timeout: 5000,
    });
    const embed = await within(tools).findByRole("button", { name: "Embed" });
    await vi.waitFor(() => expect((embed as HTMLButtonElement).disabled).toBe(false), {
      timeout: 5000,
    });
  });
});
