// Cytoscape's classes following a large graph's own drawing (basePainter.ts): a filter is painted
// on the next frame, and the classes that Cytoscape's hit tests and `:visible` read are set after
// that frame, SLICE elements a frame, nodes first (what a pointer finds). Each slice is restyled in
// its frame (~30 ms at 20,000 elements), where a whole type of a 5,000-node graph was one task of
// ~70 ms.
import type { Core } from "cytoscape";
import { applyClasses, type ClassChange } from "./VisibilityController.tsx";

/** Elements restyled a frame. */
export const SLICE = 150;

export interface ClassSlices {
  /** Queue `changes` after those waiting; `now` (or a change no bigger than a slice): at once. */
  follow(changes: readonly ClassChange[], now: boolean): void;
  /** Apply all that waits, at once (the painter goes). */
  flush(): void;
}

export function classSlices(cy: Core): ClassSlices {
  const pending: ClassChange[] = [];
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    frame = requestAnimationFrame(() => {
      frame = 0;
      timer = setTimeout(next, 0);
    });
  };
  const next = () => {
    timer = undefined;
    if (cy.destroyed()) return void pending.splice(0);
    applyClasses(cy, pending.splice(0, SLICE));
    if (pending.length > 0) later();
  };
  const busy = () => frame !== 0 || timer !== undefined;
  return {
    follow(changes, now) {
      if (changes.length === 0) return;
      const nodesFirst = [...changes].sort(([a], [b]) => Number(b.isNode()) - Number(a.isNode()));
      pending.push(...nodesFirst);
      if (now || pending.length <= SLICE) applyClasses(cy, pending.splice(0));
      else if (!busy()) later();
    },
    flush() {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      frame = 0;
      timer = undefined;
      if (!cy.destroyed()) applyClasses(cy, pending.splice(0));
    },
  };
}
