// @vitest-environment jsdom
import { must, SOURCE_TEXT, storyDataset } from "./testing.tsx";
import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NodePanel } from "./NodePanel.tsx";
import { useAppStore } from "../state/store.ts";

const tim = () => {
  const d = storyDataset();
  return { d, node: must(d.nodes[0]) };
};

describe("NodePanel", () => {
  it("shows the name in both scripts, type, aliases and relations grouped by type", () => {
    const { d, node } = tim();
    render(<NodePanel node={node} dataset={d} />);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Tim Brooks 蒂姆·布鲁克斯");
    expect(screen.getByText("Timothy")).toBeTruthy();
    const groups = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual(["worked at (1)", "contributed to (1)", "Mentions in sources"]);
    const worked = screen.getByRole("button", { name: "Tim Brooks worked at OpenAI" });
    expect(must(must(worked.parentElement).querySelector(".certainty-tag")).textContent).toBe(
      "hedged",
    );
  });

  it("a relation's button selects it", async () => {
    const { d, node } = tim();
    render(<NodePanel node={node} dataset={d} />);
    await userEvent.click(screen.getByRole("button", { name: "Tim Brooks contributed to Sora" }));
    expect(useAppStore.getState().selection).toEqual({
      kind: "edge",
      id: "tim--contributed_to--sora",
    });
  });

  it("counts each source's mentions, lists the passages, and opens one where it is", async () => {
    const { d, node } = tim();
    render(<NodePanel node={node} dataset={d} />);
    const section = await screen.findByTestId("node-mentions");
    const heads = [...section.querySelectorAll(".mention-head")].map((h) => h.textContent);
    expect(heads).toEqual(["个人博客 1 mention", "Wired story 1 mention"]);
    const wired = must([...section.querySelectorAll(".mention-source")][1]) as HTMLElement;
    await userEvent.click(within(wired).getByRole("button"));
    const start = SOURCE_TEXT.indexOf("Tim Brooks");
    expect(useAppStore.getState().reader).toEqual({
      sourceId: "wired",
      start,
      end: start + "Tim Brooks".length,
    });
  });

  it("shows a summary and facts with their quotes", async () => {
    const { d } = tim();
    const openai = must(d.nodes[1]);
    const ev = must(must(d.edges[0]).evidence[1]);
    openai.facts = [{ id: "f1", text: "Founded in 2015.", evidence: [ev] }];
    render(<NodePanel node={openai} dataset={d} />);
    expect(screen.getByText("A lab.")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Facts" })).toBeTruthy();
    expect(screen.getByText("Founded in 2015.")).toBeTruthy();
    const card = must(screen.getByText("Founded in 2015.").parentElement);
    await userEvent.click(within(card).getByRole("button", { name: "Open in source" }));
    expect(useAppStore.getState().reader).toEqual({
      sourceId: ev.sourceId,
      start: ev.start,
      end: ev.end,
    });
  });

  it("in Chinese: the Chinese name first, the English beside it", () => {
    useAppStore.getState().setLang("zh");
    const { d, node } = tim();
    render(<NodePanel node={node} dataset={d} />);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("蒂姆·布鲁克斯 Tim Brooks");
  });

  it("focus controls change the store", async () => {
    const { d, node } = tim();
    render(<NodePanel node={node} dataset={d} />);
    await userEvent.click(screen.getByRole("radio", { name: "2 hops" }));
    expect(useAppStore.getState().focus).toBe(2);
    await userEvent.click(screen.getByRole("checkbox", { name: "Show only this" }));
    expect(useAppStore.getState().only).toBe(true);
    await userEvent.click(screen.getByRole("radio", { name: "1 hop" }));
    expect(useAppStore.getState().focus).toBe(1);
    expect((screen.getByRole("radio", { name: "1 hop" }) as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByRole("checkbox", { name: "Show only this" }));
    expect(useAppStore.getState().only).toBe(false);
  });

  it("renders a summary with markup as text", () => {
    const { d, node } = tim();
    node.summary = "<script>alert(1)</script><img src=x>";
    const { container } = render(<NodePanel node={node} dataset={d} />);
    expect(container.querySelector("script, img")).toBeNull();
    expect(screen.getByText("<script>alert(1)</script><img src=x>")).toBeTruthy();
  });
});
