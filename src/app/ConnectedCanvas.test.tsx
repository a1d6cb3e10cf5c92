// @vitest-environment jsdom
import { must, setMedia, storyDataset, withStory } from "../ui/testing.tsx";
import { describe, expect, it, vi } from "vitest";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ConnectedCanvas } from "./ConnectedCanvas.tsx";
import { PresenterView } from "./PresenterView.tsx";
import { StageCard } from "./StageCard.tsx";
import { Tables } from "./Tables.tsx";
import { useAppStore } from "../state/store.ts";
import type { GraphCanvasProps } from "../graph/GraphCanvas.tsx";
import type { ViewModel } from "./useViewModel.ts";
import type { StoryPager } from "./useStoryPager.ts";

// Cytoscape stays out of jsdom: the canvas is a stand-in that keeps the props it was given.
const canvas = vi.hoisted(() => ({ props: null as GraphCanvasProps | null }));
vi.mock("../graph/GraphCanvas.tsx", () => ({
  GraphCanvas: (props: GraphCanvasProps) => {
    canvas.props = props;
    return null;
  },
}));

const vm = (): ViewModel => ({
  visible: { nodes: new Set(["tim"]), edges: new Set() },
  emphasis: null,
  hoverOf: () => null,
  paths: [],
  focusIds: ["tim"],
});

describe("ConnectedCanvas", () => {
  it("draws what the view model says, and turns canvas events into store actions", () => {
    const d = storyDataset();
    const model = vm();
    render(<ConnectedCanvas dataset={d} vm={model} />);
    const p = must(canvas.props);
    expect(p.visible).toBe(model.visible);
    expect(p.focusIds).toEqual(["tim"]);
    expect(p.selectedId).toBeNull();
    expect(p.hideOutside).toBe(false);
    expect(p.interactive).toBe(true);
    expect(p.stage).toBe(false);
    expect(p.dark).toBe(false);
    expect(p.label).toMatch(/^The people behind OpenAI’s Sora/);
    expect(p.labelOf("tim")).toBe("Tim Brooks");
    expect(p.labelOf("ghost")).toBe("ghost");
    expect(p.describe("tim")).toBe("Tim Brooks · Person · 2 relations");
    act(() => p.onSelectNode("sora"));
    expect(useAppStore.getState().selection).toEqual({ kind: "node", id: "sora" });
    expect(must(canvas.props).selectedId).toBe("sora");
    act(() => must(canvas.props).onSelectEdge("tim--worked_at--openai"));
    expect(useAppStore.getState().selection?.kind).toBe("edge");
    act(() => must(canvas.props).onCamera({ zoom: 2, x: 1, y: 1 }));
    expect(useAppStore.getState().camera).toEqual({ zoom: 2, x: 1, y: 1 });
    act(() => must(canvas.props).onClear());
    expect(useAppStore.getState().selection).toBeNull();
    act(() => must(canvas.props).onDrawn?.());
    expect(useAppStore.getState().graphDrawn).toBe(true);
  });

  it("“show only this” hides the rest only with a selection; dark follows the system; Chinese names", () => {
    const d = storyDataset();
    d.title = "My network";
    useAppStore.getState().setOnly(true);
    render(<ConnectedCanvas dataset={d} vm={vm()} interactive={false} stage />);
    expect(must(canvas.props).hideOutside).toBe(false);
    act(() => useAppStore.getState().selectNode("tim"));
    expect(must(canvas.props).hideOutside).toBe(true);
    expect(must(canvas.props).interactive).toBe(false);
    expect(must(canvas.props).stage).toBe(true);
    expect(must(canvas.props).label).toMatch(/^My network\. /);
    act(() => setMedia("(prefers-color-scheme: dark)", true));
    expect(must(canvas.props).dark).toBe(true);
    act(() => useAppStore.getState().setLang("zh"));
    expect(must(canvas.props).labelOf("sora")).toBe("索拉");
  });
});

describe("StageCard and PresenterView", () => {
  const story = () => must(must(withStory().stories)[0]);

  it("the caption card: the step's caption, then its quote on the second card", () => {
    const d = withStory();
    const s = must(must(d.stories)[0]);
    const { rerender } = render(<StageCard ref={null} dataset={d} story={s} step={1} card={0} />);
    const card = screen.getByTestId("stage-card");
    expect(card.dataset.card).toBe("caption");
    expect(card.textContent).toContain("Origins · Step 2 of 2");
    expect(card.textContent).toContain("Tim joins.");
    rerender(<StageCard ref={null} dataset={d} story={s} step={1} card={1} />);
    expect(card.dataset.card).toBe("quote");
    expect(screen.getByTestId("quote")).toBeTruthy();
    act(() => useAppStore.getState().setLang("zh"));
    rerender(<StageCard ref={null} dataset={d} story={s} step={0} card={1} />);
    // A step without a quote has only its caption.
    expect(card.dataset.card).toBe("caption");
    expect(card.textContent).toContain("起点。");
  });

  it("the presenter's window: notes, what the next click shows, the clicker", async () => {
    const s = story();
    must(s.steps[0]).notes = "Say hello.";
    const move = vi.fn();
    const pager = (step: number, card: number, cards: number): StoryPager => ({
      step,
      card,
      cards,
      atStart: step === 0 && card === 0,
      atEnd: step === 1 && card === 1,
      move,
      goTo: vi.fn(),
    });
    const { rerender } = render(<PresenterView story={s} pager={pager(0, 0, 1)} />);
    expect(screen.getByTestId("notes").textContent).toBe("Say hello.");
    expect(screen.getByTestId("presenter-next").textContent).toContain("The hire");
    expect(screen.getByTestId("timer").textContent).toMatch(/^\d\d:\d\d$/);
    expect((screen.getByRole("button", { name: /Previous/ }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    await userEvent.click(screen.getByRole("button", { name: /Next/ }));
    expect(move).toHaveBeenCalledWith("next");
    rerender(<PresenterView story={s} pager={pager(1, 0, 2)} />);
    expect(screen.getByRole("banner").textContent).toContain("Step 2 of 2, card 1 of 2");
    expect(screen.getByTestId("presenter-next").textContent).toContain("This step’s quote");
    rerender(<PresenterView story={s} pager={pager(1, 1, 2)} />);
    expect(screen.getByTestId("presenter-next").textContent).toContain("End of the story");
    expect((screen.getByRole("button", { name: /Next/ }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: /Previous/ }));
    expect(move).toHaveBeenLastCalledWith("previous");
  });
});

describe("Tables", () => {
  it("shows the relations and entities that are visible", () => {
    const d = storyDataset();
    render(
      <Tables
        dataset={d}
        visible={{ nodes: new Set(["tim", "sora"]), edges: new Set(["tim--contributed_to--sora"]) }}
      />,
    );
    expect(
      screen.getByRole("table", { name: "Relations" }).querySelectorAll("tbody tr"),
    ).toHaveLength(1);
    expect(
      screen.getByRole("table", { name: "Entities" }).querySelectorAll("tbody tr"),
    ).toHaveLength(2);
  });
});
