// @vitest-environment jsdom
// Light: SourceReader is being reworked (quote search, mentions); these check what will stay.
import { must, QUOTE, SOURCE_TEXT, storyDataset, textOf } from "./testing.tsx";
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SourceReader } from "./SourceReader.tsx";
import { useAppStore } from "../state/store.ts";

describe("SourceReader", () => {
  it("shows the whole text exactly, the quote highlighted, and the source's line", () => {
    const d = storyDataset();
    const start = SOURCE_TEXT.indexOf(QUOTE);
    render(
      <SourceReader dataset={d} reader={{ sourceId: "wired", start, end: start + QUOTE.length }} />,
    );
    expect(screen.getByTestId("source-text").textContent).toBe(SOURCE_TEXT);
    expect(screen.getByTestId("reader-quote").textContent).toBe(QUOTE);
    expect(textOf(screen.getByTestId("reader-head").querySelector(".source-line"))).toBe(
      "Wired story — Wired, 2024-02-15",
    );
  });

  it("without a quote, the text alone; an unknown source, nothing", () => {
    const d = storyDataset();
    const { container, rerender } = render(
      <SourceReader dataset={d} reader={{ sourceId: "blog" }} />,
    );
    expect(screen.getByTestId("source-text").textContent).toBe(SOURCE_TEXT);
    expect(screen.queryByTestId("reader-quote")).toBeNull();
    rerender(<SourceReader dataset={d} reader={{ sourceId: "nope" }} />);
    expect(container.innerHTML).toBe("");
  });

  it("the picker opens another source; Back returns to the relation it came from", async () => {
    const d = storyDataset();
    useAppStore.setState({ dataset: d });
    useAppStore.getState().selectEdge("tim--worked_at--openai");
    useAppStore.getState().openSource("blog");
    render(<SourceReader dataset={d} reader={{ sourceId: "blog" }} />);
    const picker = screen.getByRole("combobox") as HTMLSelectElement;
    expect([...picker.options].map((o) => o.textContent)).toEqual([
      "个人博客 — supports 2 relations",
      "Wired story — supports 3 relations",
    ]);
    await userEvent.selectOptions(picker, "wired");
    expect(useAppStore.getState().reader).toEqual({ sourceId: "wired" });
    await userEvent.click(
      screen.getByRole("button", { name: /Back to Tim Brooks worked at OpenAI/ }),
    );
    expect(useAppStore.getState().reader).toBeNull();
  });

  it("renders source text with markup as text", () => {
    const d = storyDataset();
    must(d.sources[0]).text = "<img src=x onerror=alert(1)>";
    const { container } = render(<SourceReader dataset={d} reader={{ sourceId: "blog" }} />);
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByTestId("source-text").textContent).toBe("<img src=x onerror=alert(1)>");
  });
});
