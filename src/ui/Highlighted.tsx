import type { Range } from "../model/textMatch.ts";

/** Text with the given ranges marked: React text and <mark> elements, never HTML. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  const parts: (string | { text: string })[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push({ text: text.slice(start, end) });
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <>
      {parts.map((p, i) =>
        typeof p === "string" ? (
          p
        ) : (
          <mark key={i} className="match">
            {p.text}
          </mark>
        ),
      )}
    </>
  );
}
