import { useEffect } from "react";
import type { Core } from "cytoscape";

export interface Emphasis {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * Renderless: hides what the filters exclude, and fades everything outside the emphasis
 * (focus, path, hover, a source's support). Only classes change; the data is never touched.
 */
export function VisibilityController({
  cy,
  visible,
  emphasis,
  hideOutside,
}: {
  cy: Core | null;
  visible: Emphasis;
  emphasis: Emphasis | null;
  hideOutside: boolean;
}) {
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().forEach((el) => {
        const id = el.id();
        const isNode = el.isNode();
        const shown = isNode ? visible.nodes.has(id) : visible.edges.has(id);
        const inside = !emphasis || (isNode ? emphasis.nodes.has(id) : emphasis.edges.has(id));
        el.toggleClass("hidden", !shown || (hideOutside && !inside));
        el.toggleClass("faded", shown && !inside);
        el.toggleClass("emphasised", shown && Boolean(emphasis) && inside);
      });
    });
  }, [cy, visible, emphasis, hideOutside]);
  return null;
}
