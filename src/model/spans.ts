// Merging a value (date span or role) given by several files.

/** Two dates agree when one refines the other ("2019" and "2019-08"); the more precise wins. */
export function mergeDate(a: string | undefined, b: string | undefined): string | undefined | null {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (a.startsWith(b)) return a;
  if (b.startsWith(a)) return b;
  return null;
}

export function mergeText(a: string | undefined, b: string | undefined): string | undefined | null {
  if (a === undefined) return b;
  if (b === undefined || a === b) return a;
  return null;
}
