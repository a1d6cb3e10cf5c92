import type { Certainty } from "../model/types.ts";
import { useMessages } from "./useMessages.ts";

export function CertaintyBadge({ certainty }: { certainty: Certainty }) {
  const m = useMessages();
  return <span className={`badge certainty ${certainty}`}>{m.certaintyLong[certainty]}</span>;
}
