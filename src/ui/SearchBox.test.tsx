// @vitest-environment jsdom
// Light: SearchBox is being reworked; these check what will stay (type, choose, Enter, "/").
import { setMedia, storyDataset, textOf } from "./testing.tsx";
import { describe, expect, it } from "vitest";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SearchBox } from "./SearchBox.tsx";
import { useAppStore } from "../state/store.ts";

describe("SearchBox", () => {
  it("typing lists matches; arrows and Enter select one and empty the box", async () => {
    render(<SearchBox dataset={storyDataset()} />);
    const box = screen.getByRole("combobox", { name: "Search people, papers, organisations" });
    await userEvent.click(box);
    await userEvent.type(box, "Tim");
    const options = await screen.findAllByRole("option");
    expect(textOf(options[0])).toBe("Tim Brooks 蒂姆·布鲁克斯");
    expect(box.getAttribute("aria-expanded")).toBe("true");
    await userEvent.keyboard("{ArrowDown}{ArrowUp}{Enter}");
    expect(useAppStore.getState().selection).toEqual({ kind: "node", id: "tim" });
    expect((box as HTMLInputElement).value).toBe("");
    expect(screen.queryByRole("listbox")).toBeNull();
  });

  it("a click on a match selects it; no match says so; Esc closes the list", async () => {
    render(<SearchBox dataset={storyDataset()} />);
    const box = screen.getByRole("combobox");
    await userEvent.click(box);
    await userEvent.type(box, "zzzz");
    expect(await screen.findByText("No match")).toBeTruthy();
    await userEvent.clear(box);
    await userEvent.type(box, "Sora");
    expect(await screen.findByRole("option", { name: /Sora/ })).toBeTruthy();
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).toBeNull();
    await userEvent.type(box, "{Backspace}a");
    await userEvent.click(await screen.findByRole("option", { name: /Sora/ }));
    expect(useAppStore.getState().selection).toEqual({ kind: "node", id: "sora" });
  });

  it("“/” puts the cursor in the box, except while typing elsewhere", async () => {
    render(
      <>
        <input aria-label="other" />
        <SearchBox dataset={storyDataset()} />
      </>,
    );
    await userEvent.keyboard("/");
    expect(document.activeElement).toBe(screen.getByRole("combobox"));
    await userEvent.click(screen.getByRole("textbox", { name: "other" }));
    await userEvent.keyboard("/");
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "other" }));
  });

  it("no keyboard hint on a touch screen", () => {
    render(<SearchBox dataset={storyDataset()} />);
    expect(screen.getByRole("combobox").getAttribute("placeholder")).toBe("Search (press /)");
    act(() => setMedia("(pointer: coarse)", true));
    expect(screen.getByRole("combobox").getAttribute("placeholder")).toBe("Search");
  });
});
