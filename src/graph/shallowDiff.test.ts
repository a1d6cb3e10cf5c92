// How GraphCanvas's `diff` prop (shallowDiff) meets react-cytoscapejs's update: the component is driven directly
// (no DOM), on a headless Cytoscape, counting the per-element lookups an update makes.
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import CytoscapeComponent from "react-cytoscapejs";
import { describe, expect, test } from "vitest";
import { shallowDiff } from "./shallowDiff.ts";

type Props = Record<string, unknown>;
interface Driven {
  _cy: Core;
  props: Props;
  updateCytoscape(prev: Props | null, next: Props): void;
}

const node = (id: string, label = id): ElementDefinition => ({ data: { id, label } });
const GRAPH = [node("a"), node("b"), node("c"), { data: { id: "a-b", source: "a", target: "b" } }];

function mount(elements: ElementDefinition[], diff?: typeof shallowDiff) {
  const cy = cytoscape({ headless: true, styleEnabled: false });
  const defaults = (CytoscapeComponent as unknown as { defaultProps: Props }).defaultProps;
  const props: Props = { ...defaults, elements, stylesheet: [], ...(diff ? { diff } : {}) };
  const component = new CytoscapeComponent(props as never) as unknown as Driven;
  component._cy = cy;
  component.updateCytoscape(null, props);
  let lookups = 0;
  const lookup = cy.getElementById.bind(cy);
  cy.getElementById = (id: string) => (lookups++, lookup(id));
  return {
    cy,
    /** Re-render with these props changed; returns how many elements the update looked up. */
    update(changes: Props) {
      const prev = component.props;
      const next = { ...prev, ...changes };
      component.props = next;
      lookups = 0;
      component.updateCytoscape(prev, next);
      return lookups;
    },
  };
}

describe("the canvas's diff prop", () => {
  test("a re-render that keeps the same element list does not look at a single element", () => {
    const view = mount(GRAPH, shallowDiff);
    expect(view.cy.elements()).toHaveLength(4);
    expect(view.update({ zoom: 1 })).toBe(0);
  });

  test("the library's default diff walks every element on the same re-render (why we pass one)", () => {
    const view = mount(GRAPH);
    expect(view.update({ zoom: 1 })).toBe(GRAPH.length);
  });

  test("a changed list is still applied element by element: new labels, removals, additions", () => {
    const view = mount(GRAPH, shallowDiff);
    view.update({ elements: [node("a", "Alpha"), node("b"), node("d")] });
    expect(view.cy.getElementById("a").data("label")).toBe("Alpha");
    expect(view.cy.elements().map((e) => e.id())).toEqual(["a", "b", "d"]);
  });

  test("shallowDiff: equal when the same object or the same values, key by key", () => {
    const data = { id: "a" };
    expect(shallowDiff(data, data)).toBe(false);
    expect(shallowDiff({ id: "a" }, { id: "a" })).toBe(false);
    expect(shallowDiff({ id: "a" }, { id: "b" })).toBe(true);
    expect(shallowDiff({ id: "a" }, { id: "a", label: "A" })).toBe(true);
    expect(shallowDiff(null, undefined)).toBe(false);
    expect(shallowDiff(null, {})).toBe(true);
    expect(shallowDiff(1, 1)).toBe(false);
    expect(shallowDiff(1, 2)).toBe(true);
  });
});
