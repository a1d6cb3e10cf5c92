// zod schemas for the authored files (data/sources/*.yaml, data/nodes/*.yaml, data/evidence/*.yaml).
import { z } from "zod";
import { NODE_TYPES, RELATION_TYPE_IDS } from "./vocabulary.ts";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

const text = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

export const slug = z
  .string({ error: "an id must be text" })
  .regex(SLUG, { error: "an id is a slug: lower-case letters, digits and single hyphens" });

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
  url: z.url({ error: "url must be an absolute http(s) address" }).optional(),
  originalFile: text("originalFile").optional(),
  note: text("note").optional(),
});

export const nodeSchema = z.strictObject({
  id: slug,
  type: z.enum(NODE_TYPES),
  label: text("label"),
  labelZh: text("labelZh").optional(),
  aliases: z.array(text("an alias")).default([]),
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
