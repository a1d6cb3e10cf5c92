// @vitest-environment jsdom
import { must, textOf } from "./testing.tsx";
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Legend } from "./Legend.tsx";
import { useAppStore } from "../state/store.ts";
import { TYPE_STYLE } from "../graph/typeStyle.ts";

const grades = new Set(["stated", "disputed"] as const);

describe("Legend", () => {
  it("keys the types the data has, with counts, and the grades it has", () => {
    render(<Legend counts={{ person: 3, company: 1 }} grades={grades} />);
    const legend = screen.getByRole("region", { name: "Legend" });
    const entries = [...legend.querySelectorAll("button")].map(textOf);
    expect(entries).toEqual(["Person 3", "Company 1", "Stated", "Disputed: sources disagree"]);
    expect(must(legend.querySelector(".size-key")).textContent).toContain("Larger: more relations");
    const icon = must(screen.getByRole("button", { name: /Person/ }).querySelector("path"));
    expect(icon.getAttribute("fill")).toBe(TYPE_STYLE.person.color);
  });

  it("an entry hides and shows what it names, like the filters", async () => {
    render(<Legend counts={{ person: 3, company: 1 }} grades={grades} />);
    const person = screen.getByRole("button", { name: /Person/ });
    expect(person.getAttribute("aria-pressed")).toBe("true");
    await userEvent.click(person);
    expect(useAppStore.getState().filters.hiddenNodeTypes).toEqual(["person"]);
    expect(person.getAttribute("aria-pressed")).toBe("false");
    await userEvent.click(screen.getByRole("button", { name: /Disputed/ }));
    expect(useAppStore.getState().filters.hiddenCertainties).toEqual(["disputed"]);
    await userEvent.click(person);
    expect(useAppStore.getState().filters.hiddenNodeTypes).toEqual([]);
  });

  it("the reader's colours replace the types, and the size key says what size means", () => {
    const colors = [
      { label: "<i>north</i>", color: "#ff0000", count: 2 },
      { label: "south", color: "#0000ff", count: 1 },
    ];
    const { container } = render(
      <Legend
        counts={{ person: 3 }}
        grades={grades}
        colors={colors}
        sizeKey="Larger: more quotes"
      />,
    );
    const items = [...container.querySelectorAll(".style-key li")].map(textOf);
    expect(items).toEqual(["<i>north</i> 2", "south 1"]);
    expect(container.querySelector("i")).toBeNull();
    expect(screen.queryByRole("button", { name: /Person/ })).toBeNull();
    expect(must(container.querySelector(".size-key")).textContent).toContain("Larger: more quotes");
  });

  it("collapsible: behind a Legend summary; in Chinese", () => {
    useAppStore.getState().setLang("zh");
    const { container } = render(<Legend counts={{ person: 1 }} grades={grades} collapsible />);
    const details = must(container.querySelector("details"));
    expect(details.open).toBe(false);
    expect(must(details.querySelector("summary")).textContent).toBe("图例");
    expect(screen.getByRole("button", { name: /人物/ })).toBeTruthy();
  });
});
