import type { Certainty, Evidence } from "./types.ts";

/** disputed: some quote contradicts and some supports; hedged: every supporting quote hedges. */
export function certaintyOf(evidence: readonly Evidence[]): Certainty | "denied" {
  const supporting = evidence.filter((e) => !e.contradicts);
  if (supporting.length === 0) return "denied";
  if (supporting.length < evidence.length) return "disputed";
  return supporting.every((e) => e.hedged) ? "hedged" : "stated";
}
