import type { Certainty } from "../model/types.ts";

const TEXT: Record<Certainty, string> = {
  stated: "Stated",
  hedged: "Hedged: every source speculates",
  disputed: "Disputed: sources disagree",
};

export function CertaintyBadge({ certainty }: { certainty: Certainty }) {
  return <span className={`badge certainty ${certainty}`}>{TEXT[certainty]}</span>;
}
