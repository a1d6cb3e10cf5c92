import type { Grade } from "../model/filters.ts";
import { useMessages } from "./useMessages.ts";

export function CertaintyBadge({ certainty }: { certainty: Grade }) {
  const m = useMessages();
  return <span className={`badge certainty ${certainty}`}>{m.certaintyLong[certainty]}</span>;
}
