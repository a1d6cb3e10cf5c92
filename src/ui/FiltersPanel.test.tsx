// @vitest-environment jsdom
import { must, storyDataset, textOf } from "./testing.tsx";
import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FiltersPanel } from "./FiltersPanel.tsx";
import { useAppStore } from "../state/store.ts";
import { NO_FILTERS } from "../model/filters.ts";

const group = (name: string) => screen.getByRole("group", { name });

describe("FiltersPanel", () => {
  it("counts what is shown, per facet, and hides a type when it is unticked", async () => {
    const d = storyDataset();
    render(<FiltersPanel dataset={d} />);
    expect(screen.getByRole("status").textContent).toBe(
      "Showing 4 of 4 entities, 3 of 3 relations",
    );
    const types = within(group("Entity types")).getAllByRole("checkbox");
    expect(types.map((c) => textOf(c.parentElement))).toEqual([
      "Person 2/2",
      "Company 1/1",
      "Project / model 1/1",
    ]);
    await userEvent.click(within(group("Entity types")).getByRole("checkbox", { name: /Person/ }));
    expect(useAppStore.getState().filters.hiddenNodeTypes).toEqual(["person"]);
    expect(screen.getByRole("status").textContent).toBe(
      "Showing 2 of 4 entities, 0 of 3 relations",
    );
    await userEvent.click(within(group("Entity types")).getByRole("checkbox", { name: /Person/ }));
    expect(useAppStore.getState().filters.hiddenNodeTypes).toEqual([]);
  });

  it("relation types, certainty and sources: each unticked value is hidden", async () => {
    const d = storyDataset();
    render(<FiltersPanel dataset={d} />);
    await userEvent.click(
      within(group("Relation types")).getByRole("checkbox", { name: /contributed to/ }),
    );
    await userEvent.click(within(group("Certainty")).getByRole("checkbox", { name: /Hedged/ }));
    const sources = within(group("Sources")).getAllByRole("checkbox");
    expect(sources.map((c) => textOf(c.parentElement))).toEqual([
      "个人博客 0/2",
      "Wired story 0/3",
    ]);
    await userEvent.click(must(sources[0]));
    const f = useAppStore.getState().filters;
    expect(f.hiddenRelationTypes).toEqual(["contributed_to"]);
    expect(f.hiddenCertainties).toEqual(["hedged"]);
    expect(f.hiddenSources).toEqual(["blog"]);
    await userEvent.click(screen.getByRole("button", { name: "Reset filters" }));
    expect(useAppStore.getState().filters).toEqual(NO_FILTERS);
  });

  it("years: two sliders that never cross, and all years until one moves", () => {
    const d = storyDataset();
    must(d.edges[0]).from = "2016";
    must(d.edges[1]).to = "2024-01";
    render(<FiltersPanel dataset={d} />);
    const years = group("Years: All years");
    const [from, to] = within(years).getAllByRole("slider") as HTMLInputElement[];
    expect([must(from).min, must(from).max, must(from).value, must(to).value]).toEqual([
      "2016",
      "2024",
      "2016",
      "2024",
    ]);
    fireEvent.change(must(from), { target: { value: "2020" } });
    expect(useAppStore.getState().filters.years).toEqual({ from: 2020, to: 2024 });
    expect(screen.getByRole("group", { name: "Years: 2020–2024" })).toBeTruthy();
    fireEvent.change(must(to), { target: { value: "2018" } });
    expect(useAppStore.getState().filters.years).toEqual({ from: 2020, to: 2020 });
    fireEvent.change(must(from), { target: { value: "2023" } });
    expect(useAppStore.getState().filters.years).toEqual({ from: 2020, to: 2020 });
    expect(screen.getByText("Relations without dates stay visible.")).toBeTruthy();
  });

  it("undated data: no year sliders", () => {
    render(<FiltersPanel dataset={storyDataset()} />);
    expect(screen.queryByRole("slider")).toBeNull();
  });

  it("style: colour and size by what the data offers", async () => {
    const d = storyDataset();
    d.nodes.forEach((n, i) => (n.attributes = { team: i % 2 ? "a" : "b", score: i }));
    render(<FiltersPanel dataset={d} />);
    const colour = screen.getByRole("combobox", { name: "Colour by" }) as HTMLSelectElement;
    expect([...colour.options].map((o) => o.textContent)).toEqual([
      "type",
      "community (Louvain)",
      "team",
    ]);
    await userEvent.selectOptions(colour, "attr:team");
    expect(useAppStore.getState().style.color).toBe("attr:team");
    const size = screen.getByRole("combobox", { name: "Size by" }) as HTMLSelectElement;
    expect([...size.options].map((o) => o.value)).toEqual(["degree", "quotes", "attr:score"]);
    await userEvent.selectOptions(size, "quotes");
    expect(useAppStore.getState().style.size).toBe("quotes");
  });

  it("a file's own colours and sizes stand for type and relations; no sources, no quotes", () => {
    const d = storyDataset();
    d.sources = [];
    d.nodes.forEach((n) => (n.attributes = { "viz:color": "#123456", "viz:size": 3 }));
    render(<FiltersPanel dataset={d} />);
    const colour = screen.getByRole("combobox", { name: "Colour by" }) as HTMLSelectElement;
    expect(must(colour.options[0]).textContent).toBe("the file's colours");
    const size = screen.getByRole("combobox", { name: "Size by" }) as HTMLSelectElement;
    expect(must(size.options[0]).textContent).toBe("the file's sizes");
    expect([...size.options].map((o) => o.value)).not.toContain("quotes");
  });

  it("speaks Chinese", () => {
    useAppStore.getState().setLang("zh");
    render(<FiltersPanel dataset={storyDataset()} />);
    expect(screen.getByRole("group", { name: "实体类型" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2 }).textContent).not.toBe("Filters");
  });
});
