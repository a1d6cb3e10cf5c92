// One Chinese script for matching: every traditional (and Taiwan/Hong Kong variant) character
// folded to its simplified form, one character for one, so an offset in the folded text is the
// same offset in the original. Search (quotes) and mentions (names in a source) fold both sides,
// so 謝賽甯 finds 谢赛宁 and back. Character tables only: OpenCC's 1 MB phrase list stays out.
// The tables come in as strings ("謝 谢|賽 赛|…", OpenCC's own format), so this module stays
// pure and the caller decides when to load them (src/model/loadScriptFold.ts).

export type Fold = (text: string) => string;

/** No tables yet: texts are compared as they are. */
export const identityFold: Fold = (text) => text;

function parseTable(table: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of table.split("|")) {
    const [from, to] = entry.split(" ");
    // One character for one, in UTF-16 units too: offsets must survive the fold.
    if (from && to && from.length === to.length && !map.has(from)) map.set(from, to);
  }
  return map;
}

/**
 * A fold from OpenCC character tables: `variants` (regional variants → standard traditional)
 * first, then `toSimplified` (traditional → simplified).
 */
export function makeFold(toSimplified: string, variants: readonly string[] = []): Fold {
  const simple = parseTable(toSimplified);
  const variant = new Map<string, string>();
  for (const table of variants)
    for (const [from, to] of parseTable(table)) if (!variant.has(from)) variant.set(from, to);
  const cache = new Map<string, string>();
  const foldChar = (c: string): string => {
    let out = cache.get(c);
    if (out === undefined) {
      const v = variant.get(c) ?? c;
      out = simple.get(v) ?? simple.get(c) ?? v;
      if (out.length !== c.length) out = c;
      cache.set(c, out);
    }
    return out;
  };
  return (text) => {
    let out = "";
    for (const c of text) out += c.charCodeAt(0) < 0x2e80 ? c : foldChar(c);
    return out;
  };
}
