import { describe, expect, test } from "vitest";
import type { Core } from "cytoscape";
import { headlessCy } from "./testCanvas.ts";
import { quietPress } from "./quietPress.ts";

// Cytoscape's types leave out activate() and an edge's pannable().
interface Pressable {
  activate(handler?: () => void): unknown;
  active(): boolean;
  pannable(): boolean;
}
const el = (cy: Core, id: string) => cy.getElementById(id) as unknown as Pressable;
const all = (cy: Core) => cy.elements().map((e) => e as unknown as Pressable);

const elements = [
  { data: { id: "a" } },
  { data: { id: "b" } },
  { data: { id: "ab", source: "a", target: "b" } },
];

describe("quietPress", () => {
  test("a press leaves the elements as they are: not active, nothing to grab", () => {
    const cy = headlessCy(elements);
    const undo = quietPress(cy);
    let restyled = 0;
    cy.on("style", () => restyled++);
    el(cy, "a").activate();
    el(cy, "ab").activate();
    expect(cy.elements(":active").length).toBe(0);
    expect(restyled).toBe(0);
    // Pannable elements are never grabbed: a drag from a node pans, as from the background.
    expect(all(cy).every((e) => e.pannable())).toBe(true);
    expect(cy.getElementById("a").grabbable()).toBe(false);
    // Elements added later are pannable too.
    cy.add({ data: { id: "c" } });
    expect(cy.getElementById("c").pannable()).toBe(true);
    undo();
    el(cy, "a").activate();
    expect(el(cy, "a").active()).toBe(true);
    expect(all(cy).some((e) => e.pannable())).toBe(false);
  });

  test("other graphs on the page keep Cytoscape's own press", () => {
    const quiet = headlessCy(elements);
    const other = headlessCy(elements);
    quietPress(quiet);
    el(other, "a").activate();
    expect(el(other, "a").active()).toBe(true);
    expect(other.getElementById("a").grabbable()).toBe(true);
    // activate(handler) still binds a listener.
    let heard = 0;
    el(quiet, "b").activate(() => heard++);
    el(other, "b").activate(() => heard++);
    el(other, "b").activate();
    expect(heard).toBe(1);
  });
});
