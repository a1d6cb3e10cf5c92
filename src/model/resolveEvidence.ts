// Check one authored quote against its source and compute its offsets.
import { closestPassage, findAll } from "./locateQuote.ts";
import type { Problem } from "./problems.ts";
import type { AuthoredEvidence } from "./schema.ts";
import type { Evidence } from "./types.ts";

export interface EvidenceContext {
  file: string;
  line: number | undefined;
  path: string;
  /** The file's default source id (evidence may name its own). */
  defaultSourceId: string | undefined;
  sourceText(id: string): string | undefined;
  /** The source's metadata failed validation (already reported). */
  isInvalidSource(id: string): boolean;
  sourceIds: Iterable<string>;
  sourceFile(id: string): string;
}

const CONTEXT = 40;

export function resolveEvidence(
  e: AuthoredEvidence,
  ctx: EvidenceContext,
): { evidence?: Evidence; problems: Problem[] } {
  const at = { file: ctx.file, ...(ctx.line === undefined ? {} : { line: ctx.line }) };
  const sourceId = e.sourceId ?? ctx.defaultSourceId;
  if (sourceId === undefined) {
    return {
      problems: [
        {
          ...at,
          path: ctx.path,
          message: "this quote names no source",
          fix: 'add "sourceId: <id>" at the top of the file, or to the quote',
        },
      ],
    };
  }
  const text = ctx.sourceText(sourceId);
  if (text === undefined && ctx.isInvalidSource(sourceId)) return { problems: [] };
  if (text === undefined) {
    return {
      problems: [
        {
          ...at,
          path: `${ctx.path}.sourceId`,
          message: `no source "${sourceId}" (known: ${[...ctx.sourceIds].join(", ") || "none"})`,
          fix: `add data/sources/${sourceId}.txt and data/sources/${sourceId}.yaml, or correct the id`,
        },
      ],
    };
  }
  const problems: Problem[] = [];
  const where = { ...at, path: `${ctx.path}.quote` };
  const found = findAll(text, e.quote);
  let start: number | undefined;
  if (found.length === 0) {
    const close = closestPassage(text, e.quote);
    const hint = close
      ? ` Closest passage: ${JSON.stringify(text.slice(close.start, close.end))}.`
      : "";
    problems.push({
      ...where,
      message: `quote not found verbatim in source "${sourceId}": ${JSON.stringify(e.quote)}.${hint}`,
      fix: `copy the exact characters from ${ctx.sourceFile(sourceId)} (typos and punctuation included)`,
    });
  } else if (e.occurrence !== undefined) {
    start = found[e.occurrence - 1];
    if (start === undefined) {
      problems.push({
        ...where,
        message: `occurrence ${e.occurrence} asked for, but the quote occurs ${found.length} time(s) in "${sourceId}"`,
        fix: `set occurrence between 1 and ${found.length}`,
      });
    }
  } else if (found.length > 1) {
    problems.push({
      ...where,
      message: `the quote occurs ${found.length} times in "${sourceId}" (at ${found.join(", ")}), so its place is ambiguous`,
      fix: `add "occurrence: N" (1 to ${found.length}) or quote a longer, unique passage`,
    });
  } else {
    start = found[0];
  }
  if (start !== undefined && (e.start !== undefined || e.end !== undefined)) {
    const end = start + e.quote.length;
    if (e.start !== start || e.end !== end) {
      const s = e.start ?? start;
      const shown = text.slice(s, Math.min(e.end ?? s + CONTEXT, s + CONTEXT));
      problems.push({
        ...at,
        path: `${ctx.path}.start`,
        message: `offsets ${e.start ?? "?"}–${e.end ?? "?"} point at ${JSON.stringify(shown)}, not at the quote, which is at ${start}–${end}`,
        fix: `remove start and end (they are computed), or set them to ${start} and ${end}`,
      });
    }
  }
  if (e.hedged && !e.hedgeWords) {
    problems.push({
      ...at,
      path: `${ctx.path}.hedgeWords`,
      message: "a hedged quote must say which words hedge",
      fix: "add hedgeWords: [可能, …] with the words of the quote that speculate",
    });
  }
  if (e.hedgeWords && !e.hedged) {
    problems.push({
      ...at,
      path: `${ctx.path}.hedged`,
      message: "hedgeWords given, but the quote is not marked hedged",
      fix: "add hedged: true, or remove hedgeWords",
    });
  }
  for (const word of e.hedgeWords ?? []) {
    if (!e.quote.includes(word)) {
      problems.push({
        ...at,
        path: `${ctx.path}.hedgeWords`,
        message: `hedge word "${word}" does not occur in the quote`,
        fix: "list only words that appear in the quote itself",
      });
    }
  }
  if (e.contradicts && !e.note) {
    problems.push({
      ...at,
      path: `${ctx.path}.note`,
      message: "a contradicting quote needs a note saying what it contradicts",
      fix: 'add note: "…" explaining the disagreement',
    });
  }
  if (problems.length > 0 || start === undefined) return { problems };
  const evidence: Evidence = {
    sourceId,
    quote: e.quote,
    start,
    end: start + e.quote.length,
    translation: e.translation,
    ...(e.hedged ? { hedged: true as const, hedgeWords: e.hedgeWords ?? [] } : {}),
    ...(e.contradicts ? { contradicts: true as const } : {}),
    ...(e.note ? { note: e.note } : {}),
  };
  return { evidence, problems };
}
