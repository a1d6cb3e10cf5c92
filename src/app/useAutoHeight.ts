import { useEffect, type RefObject } from "react";

/** The message an embedded Quotegraph posts to its parent page. Documented in the README. */
export const HEIGHT_MESSAGE = "quotegraph:height";

/** Inside an iframe: tell the parent page how tall the content is, whenever that changes. */
export function useAutoHeight(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = ref.current;
    if (!el || window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // The height is not secret, so any parent may read it; the parent checks who sent it.
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, "*");
    };
    const observer = new ResizeObserver(post);
    observer.observe(el);
    post();
    return () => observer.disconnect();
  }, [ref]);
}
