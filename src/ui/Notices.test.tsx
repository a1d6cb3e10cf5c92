// @vitest-environment jsdom
import { must, storyDataset } from "./testing.tsx";
import { describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Notices } from "./Notices.tsx";
import { ImportProblems, OpenFile, OpeningNotice } from "./OpenFile.tsx";
import { StatusRegion } from "./StatusRegion.tsx";
import { useAppStore } from "../state/store.ts";

describe("Notices", () => {
  it("shows nothing without notices; each notice as text, dismissable one by one", async () => {
    const { container } = render(<Notices onBuiltIn={() => undefined} />);
    expect(container.innerHTML).toBe("");
    act(() =>
      useAppStore.getState().addNotices(["Ignored node=x: no such entity.", "<b>second</b>"]),
    );
    const items = screen.getAllByRole("listitem");
    expect(items.map((li) => must(li.querySelector("span")).textContent)).toEqual([
      "Ignored node=x: no such entity.",
      "<b>second</b>",
    ]);
    expect(container.querySelector("b")).toBeNull();
    await userEvent.click(within(must(items[0])).getByRole("button", { name: "Dismiss" }));
    expect(useAppStore.getState().notices).toEqual(["<b>second</b>"]);
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
  });

  it("a notice with details keeps them behind a disclosure that counts them", () => {
    useAppStore.getState().addNotices([{ text: "Opened a.csv", details: ["one", "two"] }]);
    render(<Notices onBuiltIn={() => undefined} />);
    const details = must(
      must(screen.getByText("Opened a.csv").parentElement).querySelector("details"),
    );
    expect(details.open).toBe(false);
    expect(must(details.querySelector("summary")).textContent).toBe("2 notes on what was read");
    expect([...details.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["one", "two"]);
  });

  it("speaks Chinese", () => {
    useAppStore.setState({ lang: "zh" });
    useAppStore.getState().addNotices([{ text: "x", details: ["a"] }]);
    render(<Notices onBuiltIn={() => undefined} />);
    expect(screen.getByText("读取说明（1 条）")).toBeTruthy();
  });
});

describe("OpenFile", () => {
  const file = (name: string) => new File(["a,b"], name, { type: "text/csv" });

  it("hands the chosen files over, and the same file can be chosen again", async () => {
    const onFiles = vi.fn();
    render(<OpenFile onFiles={onFiles} />);
    const input = screen.getByTestId("open-file") as HTMLInputElement;
    expect(screen.getByLabelText("Open file")).toBe(input);
    expect(input.accept).toContain(".graphml");
    await userEvent.upload(input, [file("a.csv"), file("b.csv")]);
    expect(onFiles).toHaveBeenCalledTimes(1);
    const list = must(onFiles.mock.calls[0])[0] as FileList;
    expect([...list].map((f) => f.name)).toEqual(["a.csv", "b.csv"]);
    expect(input.value).toBe("");
  });

  it("a file dragged over the window shows the drop target; dropping hands it over", () => {
    const onFiles = vi.fn();
    render(<OpenFile onFiles={onFiles} />);
    const files = [file("net.gexf")];
    const dataTransfer = { types: ["Files"], files };
    expect(screen.queryByText(/Drop a network file/)).toBeNull();
    fireEvent.dragOver(window, { dataTransfer });
    expect(screen.getByText(/Drop a network file/)).toBeTruthy();
    fireEvent.drop(window, { dataTransfer });
    expect(screen.queryByText(/Drop a network file/)).toBeNull();
    expect(onFiles).toHaveBeenCalledWith(files);
  });

  it("ignores a drag of text, and hides the target when the drag leaves the window", () => {
    const onFiles = vi.fn();
    render(<OpenFile onFiles={onFiles} />);
    fireEvent.dragOver(window, { dataTransfer: { types: ["text/plain"], files: [] } });
    expect(screen.queryByText(/Drop a network file/)).toBeNull();
    fireEvent.dragOver(window, { dataTransfer: { types: ["Files"], files: [] } });
    expect(screen.getByText(/Drop a network file/)).toBeTruthy();
    // Leaving for another element inside the page keeps it; leaving the window (no target) hides it.
    act(
      () =>
        void window.dispatchEvent(new MouseEvent("dragleave", { relatedTarget: document.body })),
    );
    expect(screen.getByText(/Drop a network file/)).toBeTruthy();
    act(() => void window.dispatchEvent(new MouseEvent("dragleave", { relatedTarget: null })));
    expect(screen.queryByText(/Drop a network file/)).toBeNull();
    fireEvent.drop(window, { dataTransfer: { types: ["Files"], files: [] } });
    expect(onFiles).not.toHaveBeenCalled();
  });
});

describe("OpeningNotice and ImportProblems", () => {
  it("says what is being opened, with Stop (and Esc), then nothing", async () => {
    render(<OpeningNotice />);
    const status = screen.getByTestId("opening");
    expect(status.textContent).toBe("");
    const stop = vi.fn();
    act(() => useAppStore.getState().setOpening({ names: "a.csv + b.csv", stop }));
    expect(status.textContent).toContain("Opening a.csv + b.csv…");
    expect(status.className).toBe("opening");
    await userEvent.click(screen.getByRole("button", { name: "Stop" }));
    expect(stop).toHaveBeenCalledTimes(1);
    await userEvent.keyboard("{Escape}");
    expect(stop).toHaveBeenCalledTimes(2);
    act(() => useAppStore.getState().setOpening(null));
    expect(status.className).toBe("visually-hidden");
    expect(screen.queryByRole("button", { name: "Stop" })).toBeNull();
    await userEvent.keyboard("{Escape}");
    expect(stop).toHaveBeenCalledTimes(2); // nothing being opened: Esc is someone else's
  });

  it("shows why a file could not be opened, each message on its line; Close clears them", async () => {
    render(<ImportProblems />);
    expect(screen.queryByRole("alert")).toBeNull();
    act(() =>
      useAppStore
        .getState()
        .setImportProblems(["a.csv:3: no such column <x>", "fix: name the column"]),
    );
    const alert = screen.getByRole("alert");
    expect(must(alert.querySelector("h2")).textContent).toBe(
      "This file could not be opened; the graph on screen is unchanged.",
    );
    expect(must(alert.querySelector("pre")).textContent).toBe(
      "a.csv:3: no such column <x>\nfix: name the column",
    );
    await userEvent.click(within(alert).getByRole("button", { name: "Close" }));
    expect(useAppStore.getState().importProblems).toEqual([]);
    expect(screen.queryByRole("alert")).toBeNull();
  });
});

describe("StatusRegion", () => {
  it("announces the selected entity or relation", () => {
    const d = storyDataset();
    render(<StatusRegion dataset={d} />);
    const status = screen.getByRole("status");
    expect(status.textContent).toBe("");
    act(() => useAppStore.getState().selectNode("tim"));
    expect(status.textContent).toBe("Selected Tim Brooks");
    act(() => useAppStore.getState().selectEdge("tim--worked_at--openai"));
    expect(status.textContent).toBe("Selected relation: Tim Brooks worked at OpenAI");
    act(() => useAppStore.getState().selectEdge("gone"));
    expect(status.textContent).toBe("");
  });
});
