import type { CollectionReturnValue, Core, EventObject } from "cytoscape";

/** Cores whose elements a press leaves as they are. */
const quiet = new WeakSet<Core>();
let patched = false;

/**
 * Large graphs: pressing a node or an edge changes nothing on Cytoscape's canvas. Cytoscape
 * marks the pressed element `:active` (and a node grabbed) on mousedown and undoes both on
 * mouseup; each is a restyle, and each redraws every element: on 5,000 nodes and 15,000 edges
 * that is 100–250 ms per press on a 2-core machine, twice. Here the elements are made pannable
 * (a drag from a node pans the view, as a drag from the background does, and nothing is grabbed)
 * and activation is skipped for these cores. What a click selects is drawn on the overlay.
 *
 * Cytoscape has no option for either, and an extension may not replace a built-in method, so
 * `activate` is wrapped once on the collection prototype; other cores are untouched.
 * Returns the undo.
 */
export function quietPress(cy: Core): () => void {
  if (!patched) {
    const proto = Object.getPrototypeOf(cy.collection()) as {
      activate(this: CollectionReturnValue, ...args: unknown[]): CollectionReturnValue;
    };
    const activate = proto.activate;
    proto.activate = function (this: CollectionReturnValue, ...args: unknown[]) {
      // With arguments, activate() binds a listener: that is kept as it was.
      if (args.length === 0 && quiet.has(this.cy())) return this;
      return activate.apply(this, args);
    };
    patched = true;
  }
  quiet.add(cy);
  cy.elements().panify();
  const onAdd = (e: EventObject) => void e.target.panify();
  cy.on("add", onAdd);
  return () => {
    quiet.delete(cy);
    cy.off("add", onAdd);
    if (!cy.destroyed()) cy.elements().unpanify();
  };
}
