// Matching a type as a file writes it ("Worked at", "worked-at", "studied_at") to the vocabulary.
import { RELATION_TYPES, type RelationType } from "../vocabulary.ts";

const byName = new Map<string, RelationType>();
for (const [key, info] of Object.entries(RELATION_TYPES) as [RelationType, { label: string }][]) {
  byName.set(key, key);
  byName.set(info.label.replace(/ /g, "_"), key);
}

export function relationTypeOf(raw: string | undefined): RelationType | undefined {
  if (raw === undefined) return undefined;
  return byName.get(
    raw
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_"),
  );
}

export function relationLabel(type: RelationType): string {
  return RELATION_TYPES[type].label;
}
