// The `diff` prop GraphCanvas gives react-cytoscapejs (see shallowDiff.test.ts).

/**
 * react-cytoscapejs's own diff, as a function of our own. The library compares the element list
 * of every update one element at a time (maps of all ids, then a lookup and diff per element)
 * whenever its diff prop *is* its default, even when the list has not changed: on CA-GrQc
 * (19,738 elements) that was ~100 ms of the page's work before its first draw (CPU profile).
 * With any other function it first asks whether the list changed at all, and a re-render that
 * keeps the same (memoised) list costs nothing. The element-by-element comparison, when the
 * list did change, stays the library's.
 */
export function shallowDiff(a: unknown, b: unknown): boolean {
  if (a === b || (a == null && b == null)) return false;
  if (a == null || b == null || typeof a !== "object" || typeof b !== "object") return true;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return true;
  return keys.some((k) => x[k] !== y[k]) || Object.keys(y).some((k) => x[k] !== y[k]);
}
