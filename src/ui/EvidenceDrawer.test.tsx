// @vitest-environment jsdom
import { must, QUOTE, storyDataset, textOf, withStory } from "./testing.tsx";
import { describe, expect, it } from "vitest";
import { act, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { EvidenceDrawer } from "./EvidenceDrawer.tsx";
import { EmbedStepCard } from "./EmbedStepCard.tsx";
import { useAppStore } from "../state/store.ts";

describe("EvidenceDrawer", () => {
  it("is closed without a selection", () => {
    const { container } = render(<EvidenceDrawer dataset={storyDataset()} />);
    expect(container.innerHTML).toBe("");
  });

  it("a relation: its ends, certainty and compact quotes", () => {
    const d = storyDataset();
    useAppStore.setState({ dataset: d });
    useAppStore.getState().selectEdge("tim--worked_at--openai");
    render(<EvidenceDrawer dataset={d} />);
    const drawer = screen.getByTestId("side-panel");
    expect(textOf(drawer.querySelector("h2"))).toBe("Tim Brooks worked at OpenAI");
    expect(textOf(drawer.querySelector(".meta"))).toBe(
      "Hedged: the source speculates 2 quotes from 2 sources",
    );
    // Compact: the quote without its sentence.
    const quotes = screen
      .getAllByTestId("quote")
      .map((q) => must(q.closest("blockquote")).textContent);
    expect(quotes).toEqual([QUOTE, QUOTE]);
  });

  it("an entity: its summary and relations, each opening its quotes; × and Esc close", async () => {
    const d = storyDataset();
    useAppStore.setState({ dataset: d });
    useAppStore.getState().selectNode("openai");
    render(<EvidenceDrawer dataset={d} />);
    expect(textOf(screen.getByRole("heading", { level: 2 }))).toBe("OpenAI");
    expect(screen.getByText("A lab.")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Tim Brooks worked at OpenAI" }));
    expect(useAppStore.getState().selection).toEqual({
      kind: "edge",
      id: "tim--worked_at--openai",
    });
    fireEvent.keyDown(screen.getByTestId("side-panel"), { key: "Escape" });
    expect(useAppStore.getState().selection).toBeNull();
    expect(screen.queryByTestId("side-panel")).toBeNull();
    act(() => useAppStore.getState().selectNode("tim"));
    expect(textOf(screen.getByRole("heading", { level: 2 }))).toBe("Tim Brooks");
    await userEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(useAppStore.getState().selection).toBeNull();
  });

  it("in Chinese, an entity by its Chinese name", () => {
    const d = storyDataset();
    useAppStore.setState({ dataset: d, lang: "zh" });
    useAppStore.getState().selectNode("sora");
    render(<EvidenceDrawer dataset={d} />);
    expect(textOf(screen.getByRole("heading", { level: 2 }))).toBe("索拉");
  });
});

describe("EmbedStepCard", () => {
  it("shows nothing outside a story", () => {
    const { container } = render(<EmbedStepCard dataset={withStory()} />);
    expect(container.innerHTML).toBe("");
  });

  it("shows the step's caption and quote; ← and → move, × leaves the story", async () => {
    const d = withStory();
    useAppStore.setState({ dataset: d });
    useAppStore.getState().startStory("origins");
    render(<EmbedStepCard dataset={d} />);
    const card = screen.getByTestId("story-step");
    expect(card.getAttribute("aria-label")).toBe("Origins");
    expect(textOf(card.querySelector("h2"))).toBe("The lab");
    expect(textOf(card.querySelector(".meta"))).toBe("Origins · Step 1 of 2");
    expect(screen.getByText("Where it began.")).toBeTruthy();
    expect(screen.queryByTestId("quote")).toBeNull();
    expect((screen.getByRole("button", { name: /Previous/ }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    await userEvent.click(screen.getByRole("button", { name: /Next/ }));
    expect(useAppStore.getState().present).toEqual({ story: "origins", step: 1 });
    expect(textOf(screen.getByTestId("story-step").querySelector("h2"))).toBe("The hire");
    expect(screen.getByTestId("quote").textContent).toBe(QUOTE);
    expect((screen.getByRole("button", { name: /Next/ }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: /Previous/ }));
    expect(useAppStore.getState().present?.step).toBe(0);
    await userEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(useAppStore.getState().present).toBeNull();
  });

  it("in Chinese", () => {
    const d = withStory();
    useAppStore.setState({ dataset: d, lang: "zh" });
    useAppStore.getState().startStory("origins");
    render(<EmbedStepCard dataset={d} />);
    expect(textOf(screen.getByRole("heading", { level: 2 }))).toBe("实验室");
    expect(screen.getByText("起点。")).toBeTruthy();
    expect(textOf(screen.getByTestId("story-step").querySelector(".meta"))).toBe(
      "起源 · 第 1 步，共 2 步",
    );
  });
});
