// @vitest-environment jsdom
import { storyDataset } from "./testing.tsx";
import { describe, expect, it } from "vitest";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PathPanel } from "./PathPanel.tsx";
import { useAppStore } from "../state/store.ts";
import { shortestPaths } from "../model/paths.ts";

describe("PathPanel", () => {
  it("shows nothing without a path", () => {
    const d = storyDataset();
    const { container } = render(<PathPanel dataset={d} paths={[]} />);
    expect(container.innerHTML).toBe("");
  });

  it("lists each hop with both ends; a hop's certainty when it is not stated", async () => {
    const d = storyDataset();
    useAppStore.getState().showPath("openai", "bill");
    const paths = shortestPaths(d, "openai", "bill", { max: 5 });
    render(<PathPanel dataset={d} paths={paths} />);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("OpenAI → bill");
    expect(screen.getByText("1 shortest path, 3 hops")).toBeTruthy();
    const hops = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(hops).toEqual([
      "Tim Brooks worked at OpenAI hedged",
      "Tim Brooks contributed to Sora",
      "bill contributed to Sora disputed",
    ]);
    await userEvent.click(screen.getByRole("button", { name: "Tim Brooks contributed to Sora" }));
    expect(useAppStore.getState().selection).toEqual({
      kind: "edge",
      id: "tim--contributed_to--sora",
    });
    await userEvent.click(screen.getByRole("button", { name: "Clear path" }));
    expect(useAppStore.getState().path).toBeNull();
  });

  it("says when there is no path", () => {
    const d = storyDataset();
    act(() => useAppStore.getState().showPath("tim", "bill"));
    render(<PathPanel dataset={d} paths={[]} />);
    expect(screen.getByText("No path between them with the current filters.")).toBeTruthy();
  });
});
