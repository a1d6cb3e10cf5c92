import { useCallback, useState } from "react";
import type { Insets } from "../graph/CameraController.tsx";

const NONE: Insets = { right: 0, bottom: 0 };

/**
 * How much of its parent a panel laid over it covers, measured: from the right when it is
 * narrower than the parent (a side drawer), from the bottom otherwise (a sheet). The camera
 * frames the rest. Returns the insets and a callback ref for the panel.
 */
export function useCoveredInsets(): [Insets, (el: HTMLElement | null) => (() => void) | undefined] {
  const [insets, setInsets] = useState<Insets>(NONE);
  const ref = useCallback((el: HTMLElement | null) => {
    const parent = el?.parentElement;
    if (!el || !parent) return undefined;
    const measure = () => {
      const r = el.getBoundingClientRect();
      const p = parent.getBoundingClientRect();
      const next: Insets =
        r.width < p.width - 1
          ? { right: Math.round(p.right - r.left), bottom: 0 }
          : { right: 0, bottom: Math.round(p.bottom - r.top) };
      setInsets((prev) => (prev.right === next.right && prev.bottom === next.bottom ? prev : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    observer.observe(parent);
    return () => {
      observer.disconnect();
      setInsets(NONE);
    };
  }, []);
  return [insets, ref];
}
