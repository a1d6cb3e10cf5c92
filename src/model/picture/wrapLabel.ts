// Canvas labels: the name a node is drawn with, broken into at most two lines instead of being
// cut with an ellipsis.
import type { GraphNode } from "../types.ts";

/** The name the canvas draws: the Chinese label in Chinese, else the short label, else the label. */
export function canvasName(
  node: Pick<GraphNode, "label" | "labelZh" | "shortLabel">,
  lang: "en" | "zh",
): string {
  if (lang === "zh" && node.labelZh) return node.labelZh;
  return node.shortLabel ?? node.label;
}

/** Width of a text in ems: wide (CJK) characters are a full em, others about 0.55 em. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.55;
  return ems;
}

/** Lines no wider than this (in ems) stay on one line. */
export const LINE_EMS = 11;

/** No line grows wider than this many ems: past it, the second line ends with an ellipsis. */
export const MAX_LINE_EMS = 18;

/**
 * The name on at most two lines, joined by "\n": a name that fits one line stays whole; a longer
 * one breaks at the space (or, in CJK text, between characters) that best balances the two lines.
 * A name too long for two lines of MAX_LINE_EMS ends with an ellipsis (only imported data can
 * have one: authored long titles carry a shortLabel). A single unbreakable word stays whole.
 */
export function wrapLabel(name: string, lineEms = LINE_EMS): string {
  const text = name.replace(/\s+/g, " ").trim();
  if (textEms(text) <= lineEms) return text;
  const chars = [...text];
  const wide = (c: string) => (c.codePointAt(0) ?? 0) >= 0x2e80;
  let best = -1;
  let bestScore = Infinity;
  for (let i = 1; i < chars.length; i++) {
    const ch = chars[i] ?? "";
    // Break at a space, or between two wide characters.
    if (!(ch === " " || (wide(ch) && wide(chars[i - 1] ?? "")))) continue;
    const a = textEms(chars.slice(0, i).join("").trim());
    if (a > MAX_LINE_EMS) break;
    const b = textEms(chars.slice(i).join("").trim());
    const score = Math.max(a, b);
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  if (best < 0) return text;
  const first = chars.slice(0, best).join("").trim();
  let second = chars.slice(best).join("").trim();
  if (textEms(second) > MAX_LINE_EMS) {
    const kept = [...second];
    while (kept.length > 1 && textEms(`${kept.join("")}…`) > MAX_LINE_EMS) kept.pop();
    second = `${kept.join("").trimEnd()}…`;
  }
  return `${first}\n${second}`;
}
