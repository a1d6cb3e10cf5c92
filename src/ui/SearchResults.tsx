import type { Dataset } from "../model/types.ts";
import type { SearchHit } from "../model/search.ts";
import type { RelationHit, SourceHit } from "../model/quoteSearch.ts";
import { snippetOf } from "../model/textMatch.ts";
import { indexDataset } from "../model/indexDataset.ts";
import { TypeIcon } from "./Legend.tsx";
import { Highlighted } from "./Highlighted.tsx";
import { nodeLabel, useLang, useNodeLabel, useRelationText } from "./useMessages.ts";
import { useQuoteMessages } from "./quoteMessages.ts";
import "./searchResults.css";
import { useAllMessages } from "./panelMessages.ts";

export type SearchOption =
  | { kind: "node"; hit: SearchHit }
  | { kind: "relation"; hit: RelationHit }
  | { kind: "source"; hit: SourceHit };

export interface SearchResultsProps {
  dataset: Dataset;
  listId: string;
  options: readonly SearchOption[];
  active: number;
  onChoose(option: SearchOption): void;
}

/** How many relations quote the query (their edges are emphasised on the canvas meanwhile). */
export function SearchCount({ count, query }: { count: number; query: string }) {
  const q = useQuoteMessages();
  return (
    <p className="search-count" aria-live="polite" data-testid="search-count">
      {q.quoteCount(count, query)}
    </p>
  );
}

/** The listbox: entities, then relations with the quote that matched, then sources; one list for the keyboard. */
export function SearchResults({ dataset, listId, options, active, onChoose }: SearchResultsProps) {
  const m = useAllMessages();
  const q = useQuoteMessages();
  const groups = [
    ["node", q.searchEntities],
    ["relation", q.searchRelations],
    ["source", q.searchSources],
  ] as const;
  return (
    <div id={listId} role="listbox" className="search-results" aria-label={m.searchLabel}>
      {options.length === 0 && <div className="empty">{m.noResults}</div>}
      {groups.map(([kind, title]) => {
        const members = options.flatMap((o, i) => (o.kind === kind ? [i] : []));
        if (members.length === 0) return null;
        return (
          <ul key={kind} role="group" aria-labelledby={`${listId}-${kind}`}>
            <li role="presentation" id={`${listId}-${kind}`} className="group-label">
              {title}
            </li>
            {members.map((i) => (
              <li
                key={i}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={`result-${kind}`}
                onMouseDown={(e) => {
                  e.preventDefault();
                  onChoose(options[i] as SearchOption);
                }}
              >
                <OptionBody dataset={dataset} option={options[i] as SearchOption} />
              </li>
            ))}
          </ul>
        );
      })}
    </div>
  );
}

function OptionBody({ dataset, option }: { dataset: Dataset; option: SearchOption }) {
  const m = useQuoteMessages();
  const lang = useLang();
  const label = useNodeLabel(dataset);
  const relationText = useRelationText();
  const index = indexDataset(dataset);
  if (option.kind === "node") {
    const node = index.nodes.get(option.hit.id);
    return (
      <>
        {node && <TypeIcon type={node.type} />} {node ? nodeLabel(node, lang) : option.hit.label}
        {node?.labelZh && lang === "en" && <span className="label-other"> {node.labelZh}</span>}
      </>
    );
  }
  if (option.kind === "source") {
    const source = index.sources.get(option.hit.sourceId);
    return (
      <>
        <span className="result-title" lang={source?.language}>
          <Highlighted text={option.hit.text} ranges={option.hit.ranges} />
        </span>
        {source && <span className="result-meta"> {source.publisher}</span>}
      </>
    );
  }
  const { hit } = option;
  const edge = index.edges.get(hit.edgeId);
  const evidence = edge?.evidence[hit.evidence];
  const source = evidence ? index.sources.get(evidence.sourceId) : undefined;
  const quote = hit.field === "quote";
  const snippet = quote ? snippetOf(hit.text, hit.ranges, 14, 36) : snippetOf(hit.text, hit.ranges);
  return (
    <>
      <span className="result-title">
        {edge ? `${label(edge.source)} ${relationText(edge)} ${label(edge.target)}` : hit.edgeId}
      </span>
      <span className="result-snippet" lang={quote ? (source?.language ?? "zh") : "en"}>
        {!quote && <span className="result-meta">{m.inTranslation}: </span>}
        <Highlighted text={snippet.text} ranges={snippet.ranges} />
      </span>
    </>
  );
}
