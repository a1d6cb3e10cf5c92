import type { Source } from "../model/types.ts";
import { useAllMessages } from "./panelMessages.ts";

export function SourceLine({ source }: { source: Source }) {
  const m = useAllMessages();
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
