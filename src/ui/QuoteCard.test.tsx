// @vitest-environment jsdom
import { must, QUOTE, storyDataset } from "./testing.tsx";
import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QuoteCard } from "./QuoteCard.tsx";
import { CertaintyBadge } from "./CertaintyBadge.tsx";
import { useAppStore } from "../state/store.ts";
import { ALL_EN as EN, ALL_ZH as ZH } from "./panelMessages.ts";

const data = () => {
  const d = storyDataset();
  const [blog, wired] = d.sources;
  const edge = must(d.edges[0]);
  return {
    d,
    blog: must(blog),
    wired: must(wired),
    hedged: must(edge.evidence[0]),
    plain: must(must(d.edges[1]).evidence[0]),
  };
};

describe("QuoteCard", () => {
  it("shows the quote verbatim inside its sentence, the translation and the source line", () => {
    const { wired, plain } = data();
    render(<QuoteCard evidence={plain} source={wired} />);
    expect(screen.getByTestId("quote").textContent).toBe(QUOTE);
    const original = must(screen.getByTestId("quote").closest("blockquote"));
    // The sentence around the quote, cut at the sentence ends.
    expect(original.textContent).toBe(`${QUOTE}。`);
    expect(original.getAttribute("lang")).toBe("en");
    expect(screen.getByText("T.").className).toBe("translation");
    const caption = must(screen.getByRole("figure").querySelector("figcaption"));
    expect(caption.textContent).toBe("Wired story — Wired, 2024-02-15");
    expect(caption.querySelector("time")?.getAttribute("dateTime")).toBe("2024-02-15");
  });

  it("names the hedge words, marks them in the quote and shows the note", () => {
    const { wired, hedged } = data();
    render(<QuoteCard evidence={hedged} source={wired} />);
    expect(screen.getByText(/hedged by/).textContent).toBe("hedged by: “可能”");
    const marked = screen.getByTestId("quote").querySelectorAll("em.hedge-word");
    expect([...marked].map((e) => e.textContent)).toEqual(["可能"]);
    expect(screen.getByTestId("quote").textContent).toBe(QUOTE);
    expect(screen.getByText(/A note on the hedge/).textContent).toBe("Note: A note on the hedge.");
  });

  it("says a quote contradicts, and an undated source is undated, with its English title", () => {
    const { d, blog } = data();
    const contra = must(must(d.edges[2]).evidence[1]);
    render(<QuoteCard evidence={contra} source={blog} />);
    expect(screen.getByText("contradicts").className).toContain("disputed");
    const caption = must(screen.getByRole("figure").querySelector("figcaption"));
    expect(caption.textContent).toBe("个人博客 (A blog) — Blogger, undated");
    expect(caption.querySelector("cite")?.getAttribute("lang")).toBe("en");
  });

  it("compact: the quote alone, without its sentence; no source: its id", () => {
    const { plain } = data();
    render(<QuoteCard evidence={plain} source={undefined} compact />);
    expect(must(screen.getByTestId("quote").closest("blockquote")).textContent).toBe(QUOTE);
    expect(must(screen.getByRole("figure").querySelector("figcaption")).textContent).toBe("wired");
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("“Open in source” calls back", async () => {
    const { wired, plain } = data();
    const onOpen = vi.fn();
    render(<QuoteCard evidence={plain} source={wired} onOpenSource={onOpen} />);
    await userEvent.click(screen.getByRole("button", { name: "Open in source" }));
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it("speaks Chinese when the reader chose it", () => {
    useAppStore.getState().setLang("zh");
    const { wired, hedged } = data();
    render(<QuoteCard evidence={hedged} source={wired} onOpenSource={() => undefined} />);
    const fig = screen.getByRole("figure");
    expect(within(fig).getByText(new RegExp(ZH.hedgedBy)).textContent).toBe(
      `${ZH.hedgedBy}: “可能”`,
    );
    expect(within(fig).getByRole("button").textContent).toBe(ZH.openInSource);
    expect(ZH.openInSource).not.toBe(EN.openInSource);
  });

  it("renders markup from data as text", () => {
    const { wired, plain } = data();
    const evil = { ...plain, quote: '<img src=x onerror="alert(1)">', translation: "<b>x</b>" };
    const { container } = render(<QuoteCard evidence={evil} source={wired} compact />);
    expect(container.querySelector("img, b")).toBeNull();
    expect(screen.getByTestId("quote").textContent).toBe('<img src=x onerror="alert(1)">');
  });
});

describe("CertaintyBadge", () => {
  it("names each grade in words, in the reader's language", () => {
    const { rerender } = render(<CertaintyBadge certainty="hedged" />);
    const en = screen.getByText(/./).textContent;
    expect(screen.getByText(/./).className).toBe("badge certainty hedged");
    rerender(<CertaintyBadge certainty="disputed" />);
    expect(screen.getByText(/./).textContent).not.toBe(en);
    useAppStore.getState().setLang("zh");
    rerender(<CertaintyBadge certainty="hedged" />);
    expect(screen.getByText(/./).textContent).not.toBe(en);
  });
});
