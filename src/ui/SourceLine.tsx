import type { Source } from "../model/types.ts";
import { useMessages } from "./useMessages.ts";

export function SourceLine({ source }: { source: Source }) {
  const m = useMessages();
  return (
    <span className="source-line">
      <cite lang={source.language}>{source.title}</cite>
      {source.titleEn && <span className="title-en"> ({source.titleEn})</span>}
      <span className="publisher"> — {source.publisher}</span>
      {source.published ? (
        <time dateTime={source.published}>, {source.published}</time>
      ) : (
        <span>, {m.undated}</span>
      )}
    </span>
  );
}
