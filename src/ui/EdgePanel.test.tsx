// @vitest-environment jsdom
import { must, QUOTE, storyDataset } from "./testing.tsx";
import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { EdgePanel } from "./EdgePanel.tsx";
import { useAppStore } from "../state/store.ts";

describe("EdgePanel", () => {
  it("names both ends and the relation, its certainty in words and how many quotes from where", () => {
    const d = storyDataset();
    const edge = must(d.edges[0]);
    Object.assign(edge, { role: "researcher", from: "2023" });
    render(<EdgePanel edge={edge} dataset={d} />);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(
      "Tim Brooks worked at OpenAI",
    );
    const meta = must(screen.getByRole("heading", { level: 2 }).nextElementSibling);
    expect(within(meta as HTMLElement).getByText("Hedged: the source speculates")).toBeTruthy();
    expect(meta.textContent).toContain("researcher");
    expect(meta.textContent).toContain("2023 – …");
    expect(meta.textContent).toContain("2 quotes from 2 sources");
    const quotes = screen.getAllByTestId("quote").map((q) => q.textContent);
    expect(quotes).toEqual([QUOTE, QUOTE]);
    expect(screen.getByText("Wired story")).toBeTruthy();
    expect(screen.getByText("个人博客")).toBeTruthy();
  });

  it("a disputed relation: who says what, in two columns", () => {
    const d = storyDataset();
    render(<EdgePanel edge={must(d.edges[2])} dataset={d} />);
    const dispute = screen.getByRole("region", { name: "Who says what" });
    const [supports, contradicts] = dispute.querySelectorAll(".dispute-column");
    expect(must(must(supports).querySelector("h4")).textContent).toBe("supports");
    expect(must(supports).querySelectorAll("[data-testid=quote-card]")).toHaveLength(1);
    expect(within(supports as HTMLElement).getByText("Wired story")).toBeTruthy();
    expect(must(must(contradicts).querySelector("h4")).textContent).toBe("contradicts");
    expect(within(contradicts as HTMLElement).getByText("Denied.")).toBeTruthy();
  });

  it("“Open in source” opens the reader at that quote", async () => {
    const d = storyDataset();
    const edge = must(d.edges[1]);
    render(<EdgePanel edge={edge} dataset={d} />);
    await userEvent.click(screen.getByRole("button", { name: "Open in source" }));
    const ev = must(edge.evidence[0]);
    expect(useAppStore.getState().reader).toEqual({
      sourceId: "wired",
      start: ev.start,
      end: ev.end,
    });
  });

  it("in Chinese, names the ends by their Chinese labels", () => {
    useAppStore.getState().setLang("zh");
    const d = storyDataset();
    render(<EdgePanel edge={must(d.edges[1])} dataset={d} />);
    const h = must(screen.getByRole("heading", { level: 2 }).textContent);
    expect(h.startsWith("蒂姆·布鲁克斯 ")).toBe(true);
    expect(h.endsWith(" 索拉")).toBe(true);
    expect(h).not.toContain("contributed to");
  });

  it("renders labels from data as text", () => {
    const d = storyDataset();
    must(d.nodes[0]).label = "<img src=x onerror=alert(1)>";
    const { container } = render(<EdgePanel edge={must(d.edges[1])} dataset={d} />);
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByRole("heading", { level: 2 }).textContent).toContain(
      "<img src=x onerror=alert(1)>",
    );
  });
});
