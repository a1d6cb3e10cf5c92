// Ids in the authored format are slugs: stable, readable, safe in a URL.

export const SLUG_OK = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug for any text: accents dropped, everything else but letters and digits made a hyphen. */
export function slugify(raw: string): string {
  const s = raw
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return s || "node";
}
