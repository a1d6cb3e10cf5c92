import { useLayoutEffect, useState, type RefObject } from "react";
import type { Insets } from "../graph/CameraController.tsx";

/**
 * Room between the caption card and the step's nodes, beyond the camera's own margin: about two
 * stage labels' height (28 px). The camera frames the labels at the size they had before it zoomed,
 * and the label placer may then put a label beside its node, towards the card.
 */
const GAP = 64;

const same = (a: Insets, b: Insets) =>
  a.left === b.left && a.right === b.right && a.bottom === b.bottom;

/**
 * The parts of the stage the caption card (on the left) and the clicker's buttons (along the
 * bottom) cover, measured as drawn: the camera frames the step's nodes in the rest, at any size.
 * A layout effect, so the first frame is framed with them.
 */
export function useStageInsets(
  card: RefObject<HTMLElement | null>,
  controls: RefObject<HTMLElement | null>,
): Insets {
  const [insets, setInsets] = useState<Insets>({ left: 0, right: 0, bottom: 0 });
  useLayoutEffect(() => {
    const measure = () => {
      const c = card.current?.getBoundingClientRect();
      const b = controls.current?.getBoundingClientRect();
      const next: Insets = {
        left: c ? Math.ceil(c.right) + GAP : 0,
        right: 0,
        bottom: b ? Math.ceil(window.innerHeight - b.top) + 8 : 0,
      };
      setInsets((old) => (same(old, next) ? old : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    if (card.current) observer.observe(card.current);
    if (controls.current) observer.observe(controls.current);
    window.addEventListener("resize", measure);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", measure);
    };
  }, [card, controls]);
  return insets;
}
