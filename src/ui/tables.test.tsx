// @vitest-environment jsdom
// Light: the tables and the path finder are being reworked (virtual rows, type-ahead); these
// check what will stay: what a row says and what choosing it does.
import { QUOTE, storyDataset, textOf } from "./testing.tsx";
import { describe, expect, it } from "vitest";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { EntityTable } from "./EntityTable.tsx";
import { RelationTable } from "./RelationTable.tsx";
import { PathFinder } from "./PathFinder.tsx";
import { useAppStore } from "../state/store.ts";

describe("EntityTable", () => {
  it("lists the shown entities with type and number of relations; a row selects", async () => {
    const d = storyDataset();
    render(<EntityTable dataset={d} visible={new Set(["tim", "sora"])} />);
    const table = screen.getByRole("table", { name: "Entities" });
    const tim = within(table).getByRole("row", { name: /Tim Brooks/ });
    expect(within(tim).getAllByRole("cell").map(textOf)).toEqual(["Person", "2"]);
    expect(within(table).queryByRole("row", { name: /OpenAI/ })).toBeNull();
    await userEvent.click(within(table).getByRole("button", { name: "Sora" }));
    expect(useAppStore.getState().selection).toEqual({ kind: "node", id: "sora" });
  });
});

describe("RelationTable", () => {
  it("names both ends, the certainty and the first quote; a row selects", async () => {
    const d = storyDataset();
    render(<RelationTable dataset={d} visible={new Set(d.edges.map((e) => e.id))} />);
    const table = screen.getByRole("table", { name: "Relations" });
    const row = within(table).getByRole("row", { name: /Tim Brooks worked at OpenAI/ });
    const cells = within(row).getAllByRole("cell").map(textOf);
    expect(cells).toEqual(["Tim Brooks", "OpenAI", "hedged", `${QUOTE} (+1)`]);
    await userEvent.click(within(row).getByRole("button"));
    expect(useAppStore.getState().selection).toEqual({
      kind: "edge",
      id: "tim--worked_at--openai",
    });
  });
});

describe("PathFinder", () => {
  it("asks for a path between two different entities, each picked by typing or on the graph", async () => {
    useAppStore.getState().selectNode("tim");
    render(<PathFinder dataset={storyDataset()} />);
    const from = screen.getByRole("combobox", { name: "From" }) as HTMLInputElement;
    const to = screen.getByRole("combobox", { name: "To" }) as HTMLInputElement;
    const find = screen.getByRole("button", { name: "Find path" }) as HTMLButtonElement;
    // The selection is where it starts.
    expect(from.value).toBe("Tim Brooks");
    expect(find.disabled).toBe(true);
    // Type-ahead: the same entity at both ends asks nothing.
    await userEvent.type(to, "Tim");
    await userEvent.click(await screen.findByRole("option", { name: /Tim Brooks/ }));
    expect(to.value).toBe("Tim Brooks");
    expect(find.disabled).toBe(true);
    // On the graph: press the end's pick button, then select an entity.
    await userEvent.click(screen.getByRole("button", { name: "Pick on graph: To" }));
    act(() => useAppStore.getState().selectNode("bill"));
    await waitFor(() => expect(to.value).toBe("bill")); // its label in this network is its id
    await userEvent.click(find);
    expect(useAppStore.getState().path).toEqual({ from: "tim", to: "bill" });
  });
});
