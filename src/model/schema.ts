// zod schemas for the authored files (data/sources/*.yaml, data/nodes/*.yaml, data/evidence/*.yaml).
import { z } from "zod";
import { NODE_TYPES, RELATION_TYPE_IDS } from "./vocabulary.ts";
import { SLUG_OK, slugify } from "./slug.ts";
import { clip } from "./problems.ts";

const SLUG = SLUG_OK;
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Characters no label or note needs and that can hide or disguise text: C0/C1 controls (tab and
 * line breaks allowed), bidirectional overrides and isolates, zero-width characters.
 */
export const SUSPICIOUS =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

export function describeChar(c: string): string {
  const code = `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  if (/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/u.test(c))
    return `a text-direction control (${code})`;
  if (/[\u200B-\u200D\u2060\uFEFF]/u.test(c)) return `a zero-width character (${code})`;
  return `a control character (${code})`;
}

/** Free text: not empty, not enormous, and free of characters that can disguise it. */
const text = (what: string, max = 2000) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .superRefine((value, ctx) => {
      if (value.length > max) {
        ctx.addIssue({
          code: "custom",
          message: `${what} is ${value.length.toLocaleString("en")} characters long; the limit is ${max.toLocaleString("en")}`,
          params: { fix: `shorten it (a long text belongs in a source, quoted)` },
        });
        return;
      }
      const found = SUSPICIOUS.exec(value);
      if (found) {
        ctx.addIssue({
          code: "custom",
          message: `${what} contains ${describeChar(found[0])} at character ${found.index + 1}, which can hide or disguise text`,
          params: { fix: "delete that character (retype the text if you cannot see it)" },
        });
      }
    });

export const slug = z.string({ error: "an id must be text" }).superRefine((value, ctx) => {
  if (SLUG.test(value)) return;
  ctx.addIssue({
    code: "custom",
    message: `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}" is not an id: an id is a slug of lower-case letters, digits and single hyphens`,
    params: {
      fix: `use "${clip(slugify(value))}", and the same everywhere it is referred to`,
    },
  });
});

export const date = z
  .string({ error: 'a date must be text in quotes, e.g. "2019-08"' })
  .regex(DATE, { error: "a date is YYYY, YYYY-MM or YYYY-MM-DD" });

export const sourceMetaSchema = z.strictObject({
  title: text("title"),
  titleEn: text("titleEn").optional(),
  publisher: text("publisher"),
  author: text("author").optional(),
  published: date.optional(),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
    error: "language is a BCP 47 tag such as zh-Hans, zh-Hant or en",
  }),
  url: z.url({ protocol: /^https?$/, error: "url must be an absolute http(s) address" }).optional(),
  originalFile: text("originalFile").optional(),
  note: text("note").optional(),
});

export const nodeSchema = z.strictObject({
  id: slug,
  type: z.enum(NODE_TYPES),
  label: text("label", 200),
  labelZh: text("labelZh", 200).optional(),
  /** A shorter name for the canvas, where the label is a long title (the full one shows on hover). */
  shortLabel: text("shortLabel", 40).optional(),
  aliases: z.array(text("an alias", 200)).default([]),
  summary: text("summary").optional(),
  /** Imported data: the file's own type when it is outside the vocabulary. */
  rawType: text("rawType").optional(),
  /** Imported data: other attributes, kept as given. */
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

export const nodeListSchema = z.array(nodeSchema);

export const evidenceSchema = z.strictObject({
  quote: z.string({ error: "quote must be text" }).min(1, { error: "quote must not be empty" }),
  translation: text("translation"),
  occurrence: z.int().min(1).optional(),
  start: z.int().min(0).optional(),
  end: z.int().min(0).optional(),
  hedged: z.literal(true).optional(),
  hedgeWords: z.array(text("a hedge word")).min(1).optional(),
  contradicts: z.literal(true).optional(),
  note: text("note").optional(),
  sourceId: slug.optional(),
});

const evidenceList = z.array(evidenceSchema).min(1, { error: "give at least one quote" });

export const relationSchema = z.strictObject({
  source: slug,
  type: z.enum(RELATION_TYPE_IDS),
  target: slug,
  from: date.optional(),
  to: date.optional(),
  role: text("role").optional(),
  note: text("note").optional(),
  /** For related_to only: what the relation is (imported data). */
  label: text("label").optional(),
  undirected: z.literal(true).optional(),
  weight: z.number().optional(),
  /** Quotes are required unless the relation says it has none (unsourced: true). */
  evidence: evidenceList.optional(),
  unsourced: z.literal(true).optional(),
});

export const factSchema = z.strictObject({
  node: slug,
  id: slug,
  text: text("text"),
  evidence: evidenceList,
});

export const evidenceFileSchema = z.strictObject({
  sourceId: slug.optional(),
  relations: z.array(relationSchema).default([]),
  facts: z.array(factSchema).default([]),
});

export type SourceMeta = z.infer<typeof sourceMetaSchema>;
export type AuthoredNode = z.infer<typeof nodeSchema>;
export type AuthoredEvidence = z.infer<typeof evidenceSchema>;
export type AuthoredRelation = z.infer<typeof relationSchema>;
export type AuthoredFact = z.infer<typeof factSchema>;
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;
